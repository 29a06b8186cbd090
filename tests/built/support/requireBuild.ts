/**
 * The `built` tier reads ./build: without it every test would fail with its own ENOENT, so say
 * once, plainly, what to run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function setup(): void {
  if (!existsSync(path.resolve('build', 'index.html'))) {
    throw new Error('No built site in ./build. Run `npm run build` first (npm test does it for you).');
  }
}
