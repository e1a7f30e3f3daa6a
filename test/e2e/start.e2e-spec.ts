import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/test-database';

const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'dist/api/apps/api/src/main.js');

/** Runs the built server as command 1 does (without DATABASE_URL) and collects its output. */
const startServer = (env: Record<string, string>) => {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
};

describe('command 1 (the built server on an embedded PostgreSQL)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'campus-start-'));
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts the embedded database, loads the demo data, prints the URL and accounts, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const dataDir = path.join(dir, 'pg');
    const server = startServer({ PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_DIR: dataDir });
    const deadline = Date.now() + 60_000;
    while (!server.output().stdout.includes('Cuentas de demostración')) {
      if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(JSON.stringify(server.output()));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { stdout } = server.output();
    expect(stdout).toContain(`Campus EGM listo en http://localhost:${port}`);
    for (const email of ['admin@demo.egm.bo', 'coordinador@demo.egm.bo', 'gerencia@demo.egm.bo', 'facilitador@demo.egm.bo', 'tutor@demo.egm.bo', 'enlace@demo.egm.bo', 'participante@demo.egm.bo']) {
      expect(stdout).toContain(email);
    }
    expect(stdout).toContain('Campus-Demo-2026');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    const spa = await fetch(`http://127.0.0.1:${port}/perfil`);
    expect(spa.status).toBe(200);
    expect(await spa.text()).toContain('<div id="root">');
    // The SPA's hashed assets are cached for good and sent compressed.
    const script = (await (await fetch(`http://127.0.0.1:${port}/`)).text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`http://127.0.0.1:${port}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const unknownApi = await fetch(`http://127.0.0.1:${port}/api/no-existe`);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/application\/problem\+json/);

    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // A clean PostgreSQL shutdown removes its pid file.
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    // A restart reuses the data and does not load the demo data again.
    const again = startServer({ PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_DIR: dataDir });
    while (!again.output().stdout.includes('Campus EGM listo')) {
      if (Date.now() > deadline + 30_000 || again.child.exitCode !== null) throw new Error(JSON.stringify(again.output()));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(again.output().stdout).toContain('Datos de demostración ya presentes');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('refuses to start in production without a real secret, naming the variables', async () => {
    const server = startServer({ NODE_ENV: 'production', EMBEDDED_PG_DIR: path.join(dir, 'never') });
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr).toContain('JWT_SECRET');
    expect(stderr).toContain('DATABASE_URL');
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
  });
});
