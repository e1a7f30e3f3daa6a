import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, freePort } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

declare global {
  var __campusE2e: { database: TestDatabase; server: ReturnType<typeof spawn> } | undefined;
}

const root = path.resolve(__dirname, '../..');

/** Starts the built server (as `npm start` does) on a fresh database with the demo data. */
export default async function globalSetup() {
  const main = path.join(root, 'dist/api/apps/api/src/main.js');
  if (!existsSync(main) || !existsSync(path.join(root, 'dist/web/index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api web');
  }
  const database = await createTestDatabase('e2e');
  const port = await freePort();
  const server = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      SEED_DEMO: 'true',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
      WEB_DIST: 'dist/web',
      STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'campus-e2e-files-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.env.E2E_BASE_URL = baseUrl;
  // For journeys that need more data than the demo has (added and removed by the journey itself).
  process.env.E2E_DATABASE_URL = database.url;
  globalThis.__campusE2e = { database, server };
}
