/** File writing for build plugins: a reader (or a crash) never sees half a file. */
import { rename, writeFile } from 'node:fs/promises';

export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, file);
}
