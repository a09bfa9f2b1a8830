// One database for the process: the embedded SQLite file under DATA_DIR by default, PostgreSQL
// when DATABASE_URL is set. Repositories see only Kysely, so the same code and the same tests
// run on both.
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { cachingStatements } from './statement-cache.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  /** Tables are typed by each module with `db.withTables<ModuleTables>()`. */
  db: Kysely<object>;
  /** Where the data lives, for logs: a file path or the server without credentials. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl: string | undefined;
  /** Told when the embedded database's background checkpoints stop working (they fall back). */
  onCheckpointFailure?: (error: unknown) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl);
  return openSqlite(options.dataDir, options.onCheckpointFailure);
}

async function openSqlite(
  dataDir: string,
  onCheckpointFailure: DatabaseOptions['onCheckpointFailure'],
): Promise<Database> {
  // Loaded when a database is opened: the offline spec export never opens one.
  const [{ default: SQLite }, { Kysely, SqliteDialect }] = await Promise.all([
    import('better-sqlite3'),
    import('kysely'),
  ]);
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, 'trading-pro.sqlite');
  const connection = new SQLite(file);
  // WAL: readers do not block the writer; NORMAL sync is durable across a process crash
  // (SIGKILL), which is what a restart must survive.
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const checkpointer = startWalCheckpointer(connection, file, onCheckpointFailure ?? (() => {}));
  const db = new Kysely<object>({
    dialect: new SqliteDialect({ database: cachingStatements(connection) }),
  });
  return {
    kind: 'sqlite',
    db,
    location: file,
    close: async () => {
      await checkpointer.stop();
      await db.destroy();
    },
  };
}

/** Like libpq, connect as the operating-system user when the URL names nobody. */
export function withDefaultUser(url: string): string {
  const parsed = new URL(url);
  if (parsed.username === '' && process.env.PGUSER === undefined)
    parsed.username = userInfo().username;
  return parsed.toString();
}

/**
 * The connection's session settings, added to any the URL gives (`options=-c …`). Plans are
 * made per execution, never cached generic ones: PostgreSQL caches the plan of each foreign-key
 * check per connection, and one planned while the referenced table was still empty scans the
 * whole table for every row written later — the broker's writes slowed from about 4,000 to 450
 * orders/s over 20,000 orders. The application's own queries are planned each time anyway.
 */
export function withSessionSettings(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get('options');
  const ours = '-c plan_cache_mode=force_custom_plan';
  parsed.searchParams.set('options', given === null ? ours : `${given} ${ours}`);
  return parsed.toString();
}

async function openPostgres(url: string): Promise<Database> {
  const [{ default: pg }, { Kysely, PostgresDialect }] = await Promise.all([
    import('pg'),
    import('kysely'),
  ]);
  // 64-bit integers and numerics come back as strings by default; our values fit a double.
  pg.types.setTypeParser(20, Number);
  pg.types.setTypeParser(1700, Number);
  const pool = new pg.Pool({
    connectionString: withSessionSettings(withDefaultUser(url)),
    max: 10,
  });
  const db = new Kysely<object>({ dialect: new PostgresDialect({ pool }) });
  const location = new URL(url);
  location.password = '';
  location.username = '';
  return { kind: 'postgres', db, location: location.toString(), close: () => db.destroy() };
}
