/**
 * Writes rows of columns (columns.ts) as CSV or .xlsx, with well-kept libraries: csv-stringify
 * (RFC 4180: quoted cells, CRLF) and ExcelJS.
 *
 * CSV is safe against formula injection: a cell starting with =, +, -, @, tab or carriage return
 * gets a leading apostrophe, which spreadsheet programs show as text instead of evaluating (OWASP's
 * recommendation). The file starts with a UTF-8 byte-order mark, so Excel reads accents and
 * non-Latin scripts correctly. In .xlsx every cell is written as a string value, never a formula,
 * so text is kept exactly as typed.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Column, ExportRow } from './columns';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A cell's text made inert for spreadsheet programs. */
export function neutralise(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** The rows as CSV text, with BOM and header row. */
export function toCsv(columns: readonly Column[], rows: readonly ExportRow[]): string {
  const records = rows.map((row) => columns.map((column) => neutralise(column.value(row))));
  return stringify(records, {
    bom: true,
    header: true,
    columns: columns.map((column) => neutralise(column.heading)),
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
  });
}

/** The rows as an .xlsx workbook with one sheet: bold, frozen header row; wrapped text. */
export async function toXlsx(
  columns: readonly Column[],
  rows: readonly ExportRow[],
  sheetName: string,
  created: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Copenhagen Framework on Citizen Data knowledge base';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.heading, width: column.width }));
  for (const row of rows) {
    // Plain strings: ExcelJS writes them as shared strings, never as formulas.
    sheet.addRow(columns.map((column) => column.value(row)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
