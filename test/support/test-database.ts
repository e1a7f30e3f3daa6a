import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/database';
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
  const name = `campus_${label}_${Date.now()}_${process.pid}`;
  let url: string;
  let stopServer = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await ensureDatabase(admin.toString(), name);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
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
  const name = `campus_${label}_${Date.now()}_${process.pid}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), name);
  const target = new URL(base);
  target.pathname = `/${name}`;
  await runMigrations(target.toString());
  return target.toString();
};
