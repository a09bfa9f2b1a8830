// One fresh PostgreSQL database per measurement, so that accounts and orders of earlier rounds
// never weigh on a later one, and both setups (cluster and single process) write to the same
// kind of database. Each is dropped when its measurement ends (or, failing that, at exit).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { onExit } from './cleanup.mjs';

let counter = 0;

/** The server URL with the database `name` and the user PostgreSQL sees when none is given. */
function urlFor(server, name) {
  const url = new URL(`${server.replace(/\/$/, '')}/${name}`);
  if (url.username === '') url.username = os.userInfo().username;
  return url.toString();
}

async function admin(server, sql) {
  const client = new pg.Client({
    connectionString: urlFor(server, 'postgres'),
    connectionTimeoutMillis: 5_000,
    statement_timeout: 20_000,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A name for a fresh database; with `create`, it is created now (a single process does not
 * create its database; the cluster manager does, so the cluster gets a name only).
 */
export async function benchDatabase({ server, prefix }, { create }) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (create) await admin(server, `create database ${name}`);
  const dropSql = `drop database if exists ${name} with (force)`;
  // At exit only a synchronous drop is possible: psql when it is installed.
  const unregister = onExit(`database ${name}`, () => {
    try {
      execFileSync('psql', [urlFor(server, 'postgres'), '-qc', dropSql], {
        stdio: 'ignore',
        timeout: 10_000,
      });
    } catch {
      console.error(`could not drop database ${name}: drop it by hand (${dropSql})`);
    }
  });
  return {
    name,
    // What the processes are given: no user, as in deploy/cluster.yaml.
    url: `${server.replace(/\/$/, '')}/${name}`,
    async drop() {
      unregister();
      await admin(server, dropSql);
    },
  };
}
