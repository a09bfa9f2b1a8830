// Each module owns its migrations and its own bookkeeping table, so modules can be added,
// removed or run alone without stepping on each other's schema history.
import type { Migration } from 'kysely';
import type { Database } from './database.js';

export async function migrate(
  database: Database,
  module: string,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const { db } = database;
  // Loaded here, not at start-up: a process that never opens a database never loads them.
  const { sql, Migrator } = await import('kysely');
  // On PostgreSQL the migrator looks for its tables in every schema unless told which one; pin it
  // to the connection's own (search_path), or a table of another schema would be taken for ours.
  const schema =
    database.kind === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: `migrations_${module.replaceAll('-', '_')}`,
    migrationLockTableName: `migrations_${module.replaceAll('-', '_')}_lock`,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Migration ${module}/${failed} failed: ${String(error instanceof Error ? error.message : error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
