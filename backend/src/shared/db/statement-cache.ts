// better-sqlite3 compiles SQL on every `prepare`, and Kysely prepares once per query; compiling
// was as costly as running the statement. Queries are built from a small set of shapes with
// bound parameters, so their compiled statements are kept, most recently used last.
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** The part of a better-sqlite3 statement the cache needs besides what Kysely uses. */
interface CachedStatement extends SqliteStatement {
  /** True while an `iterate` over it is unfinished; such a statement cannot run again. */
  readonly busy: boolean;
}

interface StatementSource {
  prepare(sql: string): CachedStatement;
  close(): void;
}

const DEFAULT_STATEMENT_CACHE_SIZE = 200;

export function cachingStatements(
  connection: StatementSource,
  capacity = DEFAULT_STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, CachedStatement>();
  return {
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        // A statement still being iterated (a streamed query) is left alone.
        if (cached.busy) return connection.prepare(sql);
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close(): void {
      statements.clear();
      connection.close();
    },
  };
}
