// The PostgreSQL connection's session: the URL's own settings kept, plans made per execution
// (a foreign-key check planned while its table was empty must not scan it forever after).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresAvailable, postgresSchemaUrl } from './helpers/postgres.js';
import { openDatabase, withSessionSettings } from '../src/shared/db/database.js';

const pgUp = await postgresAvailable();

describe('withSessionSettings', () => {
  it('adds the plan setting to the options a URL gives', () => {
    const url = new URL(
      withSessionSettings('postgres://u@h:5432/db?options=-c%20search_path%3Ds1'),
    );
    expect(url.searchParams.get('options')).toBe(
      '-c search_path=s1 -c plan_cache_mode=force_custom_plan',
    );
    expect(new URL(withSessionSettings('postgres://u@h/db')).searchParams.get('options')).toBe(
      '-c plan_cache_mode=force_custom_plan',
    );
  });
});

describe.skipIf(!pgUp)('a PostgreSQL database', () => {
  it('plans each execution and keeps the schema the URL names', async () => {
    const schema = await postgresSchemaUrl();
    const database = await openDatabase({ dataDir: '', databaseUrl: schema.url });
    try {
      const setting = await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(
        database.db,
      );
      expect(setting.rows[0]!.plan_cache_mode).toBe('force_custom_plan');
      const path = await sql<{ search_path: string }>`show search_path`.execute(database.db);
      expect(path.rows[0]!.search_path).toBe(
        new URL(schema.url).searchParams.get('options')!.split('=')[1],
      );
    } finally {
      await database.close();
      await schema.drop();
    }
  });
});
