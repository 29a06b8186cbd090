/**
 * The one-page "Framework at a glance" handout as a PDF (pdf-lib): the at-a-glance page's text,
 * grouped under its headings, and a row of QR codes (the page itself and the Framework's main
 * pages), each with its short address printed under it.
 *
 * One page, always: the text is set at the largest size (from 10.5 pt down to 6 pt) at which
 * everything fits; if even 6 pt cannot hold it, the build fails naming the page, because a
 * handout that silently drops text would misquote the site.
 *
 * The sheet is 595.28 × 792 pt: A4's width and US Letter's height, so it prints unscaled on both.
 * Text uses the standard Helvetica fonts (WinAnsi); characters outside it are folded to the
 * nearest ASCII (é → e) rather than dropped.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

/** A4 width × US Letter height, in points. */
export const HANDOUT_PAGE = { width: 595.28, height: 792 } as const;
const MARGIN = 40;
const QR_SIZE = 84;

export interface HandoutSection {
  /** Heading, or '' for the lead. */
  heading: string;
  paragraphs: string[];
}

export interface HandoutQr {
  /** The PNG of the QR code. */
  png: Uint8Array;
  /** Printed under it: the address without scheme. */
  label: string;
  /** What it leads to, e.g. "This page". */
  caption: string;
}

export interface HandoutInput {
  title: string;
  /** A line under the title: provenance and where the text comes from. */
  subtitle: string;
  sections: HandoutSection[];
  qrCodes: HandoutQr[];
  /** Footer line, e.g. "framework.example.org/s/at-a-glance · built 2026-11-30". */
  footer: string;
}

/** Folds text to what the standard fonts can draw. */
export function foldForWinAnsi(text: string, font: PDFFont): string {
  let out = '';
  for (const char of text) {
    try {
      font.encodeText(char);
      out += char;
    } catch {
      const folded = char.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
      out += folded || '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Line {
  text: string;
  bold: boolean;
  size: number;
  /** Extra space before the line, in points. */
  before: number;
}

function layoutText(input: HandoutInput, regular: PDFFont, bold: PDFFont, size: number, width: number): Line[] {
  const lines: Line[] = [];
  for (const section of input.sections) {
    if (section.heading) {
      for (const [i, text] of wrap(foldForWinAnsi(section.heading, bold), bold, size * 1.2, width).entries()) {
        lines.push({ text, bold: true, size: size * 1.2, before: i === 0 ? size * 0.9 : 0 });
      }
    }
    for (const paragraph of section.paragraphs) {
      for (const [i, text] of wrap(foldForWinAnsi(`• ${paragraph}`, regular), regular, size, width).entries()) {
        lines.push({ text, bold: false, size, before: i === 0 ? size * 0.35 : 0 });
      }
    }
  }
  return lines;
}

const heightOf = (lines: Line[]) => lines.reduce((sum, line) => sum + line.before + line.size * 1.3, 0);

/** Builds the handout; throws when the text cannot fit one page even at 6 pt. */
export async function buildHandoutPdf(input: HandoutInput, now = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.title);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([HANDOUT_PAGE.width, HANDOUT_PAGE.height]);
  const width = HANDOUT_PAGE.width - 2 * MARGIN;

  let y = HANDOUT_PAGE.height - MARGIN;
  for (const text of wrap(foldForWinAnsi(input.title, bold), bold, 20, width)) {
    y -= 24;
    page.drawText(text, { x: MARGIN, y, size: 20, font: bold });
  }
  for (const text of wrap(foldForWinAnsi(input.subtitle, regular), regular, 9, width)) {
    y -= 12;
    page.drawText(text, { x: MARGIN, y, size: 9, font: regular, color: rgb(0.2, 0.2, 0.2) });
  }

  const qrBand = input.qrCodes.length > 0 ? QR_SIZE + 40 : 0;
  const footerBand = 20;
  const available = y - 8 - (MARGIN + qrBand + footerBand);
  let size = 10.5;
  let lines = layoutText(input, regular, bold, size, width);
  while (heightOf(lines) > available && size > 6) {
    size = Math.max(6, size - 0.25);
    lines = layoutText(input, regular, bold, size, width);
  }
  if (heightOf(lines) > available) {
    throw new Error(`The handout "${input.title}" does not fit one page even at 6 pt: shorten the at-a-glance page.`);
  }
  y -= 8;
  for (const line of lines) {
    y -= line.before + line.size * 1.3;
    page.drawText(line.text, { x: MARGIN, y, size: line.size, font: line.bold ? bold : regular });
  }

  // The QR codes, evenly spread along the bottom, each with its caption and short address.
  const count = input.qrCodes.length;
  const slot = width / Math.max(count, 1);
  for (const [i, qr] of input.qrCodes.entries()) {
    const image = await pdf.embedPng(qr.png);
    const x = MARGIN + slot * i + (slot - QR_SIZE) / 2;
    const top = MARGIN + footerBand + 30;
    page.drawImage(image, { x, y: top, width: QR_SIZE, height: QR_SIZE });
    for (const [j, text] of [qr.caption, qr.label].entries()) {
      const folded = foldForWinAnsi(text, j === 0 ? bold : regular);
      const fontSize = j === 0 ? 7.5 : 6.5;
      const font = j === 0 ? bold : regular;
      const textWidth = font.widthOfTextAtSize(folded, fontSize);
      page.drawText(folded, {
        x: MARGIN + slot * i + Math.max(0, (slot - textWidth) / 2),
        y: top - 11 - j * 10,
        size: fontSize,
        font,
        maxWidth: slot - 4,
      });
    }
  }
  page.drawText(foldForWinAnsi(input.footer, regular), {
    x: MARGIN,
    y: MARGIN,
    size: 7.5,
    font: regular,
    color: rgb(0.25, 0.25, 0.25),
  });
  return pdf.save();
}
