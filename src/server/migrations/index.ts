/**
 * Numbered SQL migrations, one folder per dialect (`sqlite/`, `postgres/`). Files are applied in
 * name order, each in its own transaction together with its row in `schema_migrations`, so a
 * migration is either wholly applied and recorded or not at all; applied ones are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  /** File name without `.sql`, e.g. `001-annotations`: the key recorded once applied. */
  name: string;
  sql: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The migrations of one dialect, in the order they must run. */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = path.join(here, dialect);
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, file), 'utf8') }));
}
