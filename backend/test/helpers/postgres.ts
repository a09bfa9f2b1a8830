// PostgreSQL for tests: the server of TEST_DATABASE_URL (default the local test database), one
// fresh schema per use so tests never see each other's rows. Where no server answers, the
// PostgreSQL passes are skipped with a message saying so; CI has one.
import pg from 'pg';
import { withDefaultUser } from '../../src/shared/db/database.js';

export const TEST_DATABASE_URL = withDefaultUser(
  process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test',
);

let available: Promise<boolean> | undefined;

export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 2_000,
    });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      console.warn(
        `PostgreSQL not reachable at ${TEST_DATABASE_URL}: its test passes are skipped.`,
      );
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

let counter = 0;

/** A new schema and a URL whose connections use it; `drop` removes it. */
export async function postgresSchemaUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `tp_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
