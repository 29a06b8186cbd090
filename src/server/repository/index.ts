/** Chooses the adapter: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR. */
import type { Config } from '../config';
import { createPostgresRepository } from './postgres';
import { createSqliteRepository } from './sqlite';
import type { AnnotationRepository } from './types';
export { ChangedSinceRead } from './types';
export { revisionOf } from './revision';

export type {
  AnnotationRepository,
  StoredAnnotation,
  AnnotationPatch,
  ModerationFilter,
  StoredRound,
  RoundPatch,
  ImportedDecision,
} from './types';

/** The repository for this configuration (not yet migrated). */
export function createRepository(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sqliteSynchronous'>,
  onError?: (error: Error) => void,
): AnnotationRepository {
  return config.databaseUrl
    ? createPostgresRepository(config.databaseUrl, { onError })
    : createSqliteRepository(config.dataDir, config.sqliteSynchronous);
}
