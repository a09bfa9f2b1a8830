import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.js';

describe('cachingStatements', () => {
  let connection: SQLite.Database;
  let prepared: string[];

  beforeEach(() => {
    connection = new SQLite(':memory:');
    connection.exec('create table t (id integer primary key, v text)');
    prepared = [];
    const prepare = connection.prepare.bind(connection);
    connection.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof connection.prepare;
  });
  afterEach(() => {
    if (connection.open) connection.close();
  });

  it('compiles a statement once and reuses it', () => {
    const db = cachingStatements(connection);
    db.prepare('insert into t (v) values (?)').run(['a']);
    db.prepare('insert into t (v) values (?)').run(['b']);
    expect(db.prepare('select v from t order by id').all([])).toEqual([{ v: 'a' }, { v: 'b' }]);
    expect(prepared).toEqual(['insert into t (v) values (?)', 'select v from t order by id']);
  });

  it('evicts the least recently used statement past its capacity', () => {
    const db = cachingStatements(connection, 2);
    db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3'); // evicts "select 2"
    db.prepare('select 1');
    db.prepare('select 2');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
  });

  it('prepares a fresh statement while the cached one is being iterated', () => {
    const db = cachingStatements(connection);
    connection.exec("insert into t (v) values ('a'), ('b')");
    const sql = 'select v from t order by id';
    const outer = db.prepare(sql).iterate([]);
    expect(outer.next().value).toEqual({ v: 'a' });
    expect(db.prepare(sql).all([])).toEqual([{ v: 'a' }, { v: 'b' }]);
    expect(outer.next().value).toEqual({ v: 'b' });
    outer.return?.();
    expect(prepared).toEqual([sql, sql]);
  });

  it('closes the connection', () => {
    const db = cachingStatements(connection);
    db.prepare('select 1');
    db.close();
    expect(connection.open).toBe(false);
  });
});
