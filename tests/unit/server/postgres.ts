/** PostgreSQL for the service tests: the URL, and admin statements that fail naming the set-up script. */
import pg from 'pg';

export const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://fw:fw@127.0.0.1:5432/fw_test';

/** Runs one statement on its own connection; throws the install hint when PostgreSQL is unreachable. */
export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${PG_URL}: start it with \`bash scripts/test-setup.sh\` ` +
        '(installs and starts Debian’s postgresql), or point TEST_DATABASE_URL at a running server.',
      { cause: error },
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
