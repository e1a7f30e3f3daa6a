import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/database';
import { Client } from 'pg';
import { runMigrations } from '../../migrations/data-source';

export interface TestDatabase {
  url: string;
  stop: () => Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/**
 * A fresh database for one test run: a new database on DATABASE_URL's server when it is set,
 * otherwise a throw-away embedded PostgreSQL in a temporary directory. Migrations are applied.
 */
export const createTestDatabase = async (label: string): Promise<TestDatabase> => {
  // Databases of this run end in its id, so the teardown drops them all (siblings included).
  const runId = `${Date.now()}_${process.pid}`;
  process.env.TEST_RUN_ID = runId;
  const name = `campus_${label}_${runId}`;
  let url: string;
  let stopServer = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await ensureDatabase(admin.toString(), name);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    stopServer = () => dropRunDatabases(admin.toString(), runId);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), `campus-${label}-`));
    chmodSync(dir, 0o755); // the embedded server runs as its own system user
    const embedded = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
    const server = new URL(embedded.url);
    server.pathname = '/postgres';
    await ensureDatabase(server.toString(), name);
    server.pathname = `/${name}`;
    url = server.toString();
    stopServer = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await runMigrations(url);
  return { url, stop: stopServer };
};

/**
 * Inside a test file: a further fresh, migrated database on the run's server (the embedded
 * server cannot be started from inside Jest's sandbox). Dropped by the server's teardown.
 */
export const createSiblingDatabase = async (label: string): Promise<string> => {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `campus_${label}_${randomUUID().slice(0, 8)}_${process.env.TEST_RUN_ID ?? 'x'}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), name);
  const target = new URL(base);
  target.pathname = `/${name}`;
  await runMigrations(target.toString());
  return target.toString();
};

/** On a shared server (DATABASE_URL), drops every database this run created. */
const dropRunDatabases = async (adminUrl: string, runId: string): Promise<void> => {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'campus\\_%' AND right(datname, $1) = $2`,
      [runId.length, runId],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
};
