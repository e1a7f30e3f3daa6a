/**
 * Progress-save benchmark (part of `npm run bench`).
 *
 * Starts a throw-away embedded PostgreSQL (or a fresh database on DATABASE_URL's server), starts the
 * built API (`dist/api`, as `npm start` runs it) in a process of its own on a free local port — so
 * the load generator never shares its event loop —, enrols N participants in a cohort with content
 * and signs each in.
 * Then autocannon fires `PUT /api/learning/enrolments/:id/activities/:activityId/progress` with 50
 * connections for 10 s, each request for a different enrolment and activity with a growing total
 * time (the periodic save of the course player). In the same run, the bare `INSERT … ON CONFLICT`
 * that the endpoint executes is fired through a pg.Pool with the same concurrency for the same
 * time, and the ratio API / bare is printed. A third run marks activities completed, which also
 * applies the completion rule. Not part of `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { UPSERT_PROGRESS } from '../../apps/api/src/modules/learning/learning.service';
import { makeLearner, makeLearningCourse } from '../support/learning';
import { createTestDatabase, freePort } from '../support/test-database';
import { machineLines, runBench } from './report';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

interface Target {
  enrolmentId: string;
  token: string;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** Same concurrency, same time: as many upserts as the workers can push through a pg.Pool. */
const bareUpserts = async (url: string, targets: Target[], activities: string[], seconds: number) => {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  const latencies: number[] = [];
  let counter = 1_000_000;
  try {
    // Warm the pool's connections first.
    await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.query('SELECT 1')));
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          counter += 1;
          const target = targets[counter % targets.length];
          const activityId = activities[counter % activities.length];
          const t0 = performance.now();
          await pool.query(UPSERT_PROGRESS, [target.enrolmentId, activityId, 'in_progress', counter, null]);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return { count: latencies.length, perSecond: latencies.length / elapsed, p50: at(50), p99: at(99) };
  } finally {
    await pool.end();
  }
};

const run = (base: string, targets: Target[], activities: string[], body: (n: number) => Record<string, unknown>) => {
  let counter = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          counter += 1;
          const target = targets[counter % targets.length];
          const activityId = activities[Math.floor(counter / targets.length) % activities.length];
          return {
            ...request,
            path: `/api/learning/enrolments/${target.enrolmentId}/activities/${activityId}/progress`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
            body: JSON.stringify(body(counter)),
          };
        },
      },
    ],
  });
};

const root = path.resolve(__dirname, '../..');
const serverMain = path.join(root, 'dist/api/apps/api/src/main.js');

/** The built API in a child process on the bench's database; resolves with its address once healthy. */
const startServer = async (databaseUrl: string) => {
  if (!existsSync(serverMain)) {
    process.stdout.write('Compilando la API (nx run api:build)…\n');
    const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
    if (build.status !== 0) throw new Error('No se pudo compilar la API');
  }
  const port = await freePort();
  const server = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', PORT: String(port), LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr?.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`La API terminó al arrancar:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`La API no arrancó en 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, stop: () => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once('exit', () => resolve()), server.kill('SIGTERM')))) };
};

const main = async () => {
  const started = performance.now();
  process.stdout.write(`Preparando PostgreSQL embebido, la API y ${PARTICIPANTS} participantes inscritos…\n`);
  const database = await createTestDatabase('bench_progress');
  const dataSource = new DataSource({ type: 'postgres', url: database.url });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await dataSource.initialize();
    server = await startServer(database.url);
    const { base } = server;

    const course = await makeLearningCourse(dataSource);
    const activities = [course.pageId, course.videoId, course.fileId];
    const targets: Target[] = [];
    for (let i = 0; i < PARTICIPANTS; i += 1) {
      const learner = await makeLearner(dataSource, course.cohortId);
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: learner.email, password: learner.password }),
      });
      if (!response.ok) throw new Error(`No se pudo ingresar como ${learner.email}: ${response.status}`);
      targets.push({ enrolmentId: learner.enrolmentId, token: ((await response.json()) as { accessToken: string }).accessToken });
    }

    // Warm-up: every enrolment starts (enrolled → in progress) and the code paths are hot.
    await run(base, targets, activities, (n) => ({ timeSpentSeconds: n })).then(() => undefined);

    const saves = await run(base, targets, activities, (n) => ({ status: 'in_progress', timeSpentSeconds: 100_000 + n, position: { seconds: n % 600 } }));
    const bare = await bareUpserts(database.url, targets, activities, DURATION_S);
    const completions = await run(base, targets, activities, (n) => ({ status: 'completed', timeSpentSeconds: 200_000 + n }));

    const failures = (result: autocannon.Result) => result.non2xx + result.errors + result.timeouts;
    const [{ server_version: pgVersion }] = await dataSource.query(`SHOW server_version`);
    const [rows] = await dataSource.query(`SELECT count(*)::int AS n FROM activity_progress`);
    const line = (name: string, perSecond: number, p50: number, p99: number, count: number, failed: number | string) =>
      `  ${name.padEnd(34)}${fixed(perSecond).padStart(10)}${fixed(p50, 2).padStart(10)}${fixed(p99, 2).padStart(10)}${String(count).padStart(10)}${String(failed).padStart(8)}`;
    const lines = [
      '',
      'Guardado de avance — PUT /api/learning/enrolments/:id/activities/:activityId/progress (carga concurrente, HTTP local)',
      '',
      ...machineLines(),
      `  Software    Node ${process.version} · PostgreSQL ${pgVersion} (embebido salvo DATABASE_URL); la API compilada en su propio proceso, la carga desde este, PostgreSQL en la misma máquina`,
      `  Carga útil  ${CONNECTIONS} conexiones durante ${DURATION_S} s; ${PARTICIPANTS} inscripciones × ${activities.length} actividades en rotación; ${rows.n} filas de avance al final`,
      '',
      `  ${''.padEnd(34)}${'sol./s'.padStart(10)}${'mediana'.padStart(10)}${'p99'.padStart(10)}${'total'.padStart(10)}${'fallos'.padStart(8)}   (ms)`,
      line('API: guardado periódico (tiempo)', saves.requests.average, saves.latency.p50, saves.latency.p99, saves.requests.total, failures(saves)),
      line('pg: INSERT … ON CONFLICT solo', bare.perSecond, bare.p50, bare.p99, bare.count, 0),
      line('API: marcar completada (+ regla)', completions.requests.average, completions.latency.p50, completions.latency.p99, completions.requests.total, failures(completions)),
      '',
      `  Relación API / pg (guardado periódico)   ${fixed(saves.requests.average / bare.perSecond, 2)}× (${fixed((saves.requests.average / bare.perSecond) * 100)} % del rendimiento del INSERT solo)`,
      `  Relación API / pg (marcar completada)    ${fixed(completions.requests.average / bare.perSecond, 2)}×`,
      '',
      '  La API hace por solicitud: verificar el token y el rol, validar el cuerpo, una transacción con la fila de la',
      '  inscripción bloqueada (dueño, estado, actividad de su versión), el mismo INSERT … ON CONFLICT, la actualización de la',
      '  inscripción (dónde retomar, inicio) y, al completar una actividad, la regla de aprobación.',
      '',
      `  Total ${((performance.now() - started) / 1000).toFixed(1)} s`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (failures(saves) > 0 || failures(completions) > 0) process.exitCode = 1;
  } finally {
    await server?.stop().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
};

runBench(main);
