// The cluster's PostgreSQL database is created when missing, so a fresh server needs no manual
// step: the manager connects to the `postgres` database of the same server and creates it.
import pg from 'pg';
import { ClusterError } from './cluster-error.js';
import { withDefaultUser } from '../shared/db/database.js';
import { databaseName } from './cluster-rules.js';

export type DatabaseOutcome = 'created' | 'exists';

/** `"name"`, with embedded quotes doubled: CREATE DATABASE takes no parameter. */
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function ensureDatabase(databaseUrl: string): Promise<DatabaseOutcome> {
  const url = new URL(databaseUrl);
  const name = databaseName(url);
  // The user the instances will connect as: the same default as theirs.
  const maintenance = new URL(withDefaultUser(databaseUrl));
  maintenance.pathname = '/postgres';
  const server = `${url.hostname}:${url.port || '5432'}`;
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new ClusterError(
      `database: cannot connect to PostgreSQL at ${server} (${reason(error)}); start it, or fix the database key`,
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount !== null && found.rowCount > 0) return 'exists';
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    return 'created';
  } catch (error) {
    // Another `up` (or a person) created it in between.
    if ((error as { code?: string }).code === '42P04') return 'exists';
    throw new ClusterError(
      `database: cannot create the database ${name} on ${server} (${reason(error)}); create it yourself or grant CREATEDB`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (message !== undefined && message !== '') return message;
  return code ?? String(error);
}
