/**
 * Reports benchmark (part of `npm run bench`; issue 7). Not part of `npm test`.
 *
 * On the national-scale dataset of reports-dataset.ts (generated with COPY in its own embedded
 * PostgreSQL, or reused from `.data/bench`), starts the built API (`dist/api`) in a child process
 * and measures, each against a baseline taken in the same run on the same database:
 *  1. the dashboard of one gestión with every breakdown (`GET /api/reports/dashboard`) against the
 *     same statements (`dashboardQueries`) run concurrently with bare `pg`: median times, ratio;
 *  2. the CSV export of every counted enrolment of that year (`GET /api/reports/enrolments.csv`) in
 *     rows/s against `COPY (same SELECT) TO STDOUT` with bare `pg`, and the API's peak memory;
 *  3. the XLSX export of the same rows through the background job: total time and peak memory;
 *  4. requests/s and p99 of the hottest reads (catalogue, my learning, dashboard) under concurrent
 *     load (autocannon, from this process) against a bare Node `http` server in a child process of
 *     its own that runs the same SQL and returns its rows as JSON.
 * The API's memory is read from /proc/<pid>/status (VmRSS every 50 ms, and VmHWM after resetting it).
 *
 * `node -r ./test/bench/register.cjs test/bench/reports.ts` · env: BENCH_SECONDS (load, default 10),
 * BENCH_CONNECTIONS (default 10), BENCH_REGENERATE=1 (build the dataset again).
 */
import { fork, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CATALOGUE_PAGE_SIZE, laPazToday } from '@campus/domain';
import type { ReportFilters } from '@campus/domain';
import { buildCatalogueSearch } from '../../apps/api/src/modules/catalogue/catalogue.repository';
import { COMPLETION_FACTS_SQL, FIRST_OPEN_ACTIVITY_SQL, MY_ENROLMENTS_SQL } from '../../apps/api/src/modules/learning/learning-sql';
import { dashboardQueries, runDashboardQueries } from '../../apps/api/src/modules/reports/dashboard-sql';
import type { DashboardStatement } from '../../apps/api/src/modules/reports/dashboard-sql';
import { enrolmentCopySql } from '../../apps/api/src/modules/reports/enrolment-export';
import { EVERYONE } from '../../apps/api/src/modules/reports/report-sql';
import { freePort } from '../support/test-database';
import { machineLines, runBench } from './report';
import { BENCH_MANAGER_EMAIL, BENCH_PASSWORD, countRows, openReportsDataset } from './reports-dataset';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DASHBOARD_RUNS = 7;
const WARM_UP = 2;
const EXPORT_RUNS = 3;
const POOL_SIZE = 20; // the API's pool (app.module.ts `extra.max`)
const CATALOGUE_QUERY = 'gestion municipal';

const root = path.resolve(__dirname, '../..');
const builtApi = path.join(root, 'dist/api');
/** The built API is copied first, so a rebuild of `dist/` while the bench runs cannot pull files from under it. */
const apiCopy = path.join(root, '.data/bench/api-dist');
const serverMain = path.join(apiCopy, 'apps/api/src/main.js');
const storageDir = path.join(root, '.data/bench/reports-files');

// ------------------------------------------------------------------------------------------------
// "My learning" as the API reads it (learning.service.ts `list` and `summaries`, completion.service.ts
// `check`): the bare server runs the same three statements, from apps/api/src/modules/learning/learning-sql.ts.

// ------------------------------------------------------------------------------------------------
// The bare server: this same file run with `--bare-server` in a child process of its own.

interface BareConfig {
  url: string;
  catalogue: { text: string; values: unknown[] };
  learningUserId: string;
  dashboard: DashboardStatement[];
}

const runBareServer = () => {
  process.once('message', (config: BareConfig) => {
    const pool = new Pool({ connectionString: config.url, max: POOL_SIZE });
    const rows = (text: string, values: unknown[]) => pool.query(text, values).then((result) => result.rows as Record<string, unknown>[]);
    const handlers: Record<string, () => Promise<unknown>> = {
      '/api/catalogue/courses': () => rows(config.catalogue.text, config.catalogue.values),
      '/api/learning/enrolments': async () => {
        const list = await rows(MY_ENROLMENTS_SQL, [config.learningUserId]);
        const ids = list.map((row) => row['id']);
        const [checks, resume] = await Promise.all([rows(COMPLETION_FACTS_SQL, [ids]), rows(FIRST_OPEN_ACTIVITY_SQL, [ids])]);
        return { list, checks, resume };
      },
      '/api/reports/dashboard': () => runDashboardQueries(config.dashboard, rows),
    };
    const server = http.createServer((request, response) => {
      const handler = handlers[(request.url ?? '').split('?')[0]];
      if (!handler) {
        response.writeHead(404).end();
        return;
      }
      handler().then(
        (body) => {
          const json = JSON.stringify(body);
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
        },
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
};

const startBareServer = (config: BareConfig): Promise<{ base: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const child = fork(__filename, ['--bare-server'], { execArgv: ['-r', path.join(__dirname, 'register.cjs')], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`el servidor mínimo terminó (${code})`)));
    child.once('message', (message: { port: number }) =>
      resolve({ base: `http://127.0.0.1:${message.port}`, stop: () => child.kill('SIGTERM') }),
    );
    child.send(config);
  });

// ------------------------------------------------------------------------------------------------
// The API in its own process, and its memory

const startApi = async (databaseUrl: string) => {
  if (!existsSync(path.join(builtApi, 'apps/api/src/main.js'))) {
    process.stdout.write('Compilando la API (nx run api:build)…\n');
    const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
    if (build.status !== 0) throw new Error('No se pudo compilar la API');
  }
  rmSync(apiCopy, { recursive: true, force: true });
  cpSync(builtApi, apiCopy, { recursive: true });
  rmSync(storageDir, { recursive: true, force: true });
  const port = await freePort();
  const server = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: {
      ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', PORT: String(port), LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT: '100000', ACCESS_TOKEN_TTL_SECONDS: '7200', STORAGE_DIR: storageDir,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr?.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`La API terminó al arrancar:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`La API no arrancó en 120 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    pid: server.pid as number,
    stop: () => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once('exit', () => resolve()), server.kill('SIGTERM')))),
  };
};

const statusKb = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
};

/** Peak resident memory of a process while `work` runs: RSS sampled every 50 ms and the kernel's high-water mark (reset first). */
const peakMemory = async <T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number; startMb: number }> => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
  } catch {
    // not permitted: the samples alone
  }
  const startKb = statusKb(pid, 'VmRSS');
  let peakKb = startKb;
  const timer = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, statusKb(pid, 'VmRSS'));
    } catch {
      // process gone
    }
  }, 50);
  try {
    const result = await work();
    peakKb = Math.max(peakKb, statusKb(pid, 'VmRSS'), statusKb(pid, 'VmHWM'));
    return { result, peakMb: peakKb / 1024, startMb: startKb / 1024 };
  } finally {
    clearInterval(timer);
  }
};

// ------------------------------------------------------------------------------------------------
// Helpers

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString('es-BO');
const verdict = (ok: boolean) => (ok ? 'cumple' : 'NO CUMPLE');
const figure = (value: unknown) =>
  typeof value === 'number' ? (Number.isInteger(value) ? thousands(value) : value.toLocaleString('es-BO', { maximumFractionDigits: 3 })) : String(value);

/** GET through node:http (no Accept-Encoding: the API answers uncompressed, like the baseline), counting bytes and lines. */
const download = (url: string, token: string): Promise<{ status: number; bytes: number; lines: number; ms: number; contentType: string }> =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
        let bytes = 0;
        let lines = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, bytes, lines, ms: performance.now() - t0, contentType: String(response.headers['content-type'] ?? '') }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });

const login = async (base: string, email: string): Promise<string> => {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`No se pudo ingresar como ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
};

const load = (url: string, token: string, connections: number, duration: number) =>
  autocannon({ url, connections, duration, timeout: 120, headers: { authorization: `Bearer ${token}` } });
const failures = (result: autocannon.Result) => result.non2xx + result.errors + result.timeouts;

// ------------------------------------------------------------------------------------------------

const main = async () => {
  const started = performance.now();
  process.stdout.write('Benchmark de informes: conjunto de datos nacional (reports-dataset.ts)…\n');
  const dataset = await openReportsDataset();
  const stops: (() => Promise<void> | void)[] = [dataset.stop];
  const pool = new Pool({ connectionString: dataset.url, max: POOL_SIZE });
  try {
    const counts = await countRows(dataset.url);
    const year = dataset.info.baseYear - 1;
    const filters: ReportFilters = { from: `${year}-01-01`, to: `${year}-12-31` };
    const query = new URLSearchParams({ from: filters.from, to: filters.to }).toString();

    process.stdout.write('Arrancando la API compilada en su propio proceso…\n');
    const api = await startApi(dataset.url);
    stops.unshift(api.stop);
    const idleMb = statusKb(api.pid, 'VmRSS') / 1024;
    const managerToken = await login(api.base, BENCH_MANAGER_EMAIL);
    // A participant with a typical number of enrolments (about ten).
    const [participant] = (
      await pool.query<{ id: string; email: string; n: number }>(
        `SELECT u.id, u.email, count(*)::int AS n FROM users u JOIN enrolments e ON e.user_id = u.id
          WHERE u.email LIKE 'funcionario%' GROUP BY u.id ORDER BY abs(count(*) - 10), u.email LIMIT 1`,
      )
    ).rows;
    const participantToken = await login(api.base, participant.email);
    const headers = { authorization: `Bearer ${managerToken}` };

    // 1. Dashboard: API vs the same statements with bare pg, interleaved, medians after a warm-up.
    process.stdout.write(`Tablero ${year} (API y pg alternados, ${WARM_UP} de calentamiento + ${DASHBOARD_RUNS})…\n`);
    const statements = dashboardQueries(filters, EVERYONE);
    await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.query('SELECT 1')));
    const apiTimes: number[] = [];
    const bareTimes: number[] = [];
    let dashboardBytes = 0;
    let headline: Record<string, unknown> = {};
    for (let round = 0; round < WARM_UP + DASHBOARD_RUNS; round += 1) {
      let t0 = performance.now();
      const response = await fetch(`${api.base}/api/reports/dashboard?${query}`, { headers });
      const text = await response.text();
      const apiMs = performance.now() - t0;
      if (!response.ok) throw new Error(`Tablero: ${response.status} ${text.slice(0, 500)}`);
      dashboardBytes = text.length;
      headline = (JSON.parse(text) as { headline: Record<string, unknown> }).headline;
      t0 = performance.now();
      await runDashboardQueries(statements, (sql, values) => pool.query(sql, values).then((result) => result.rows));
      const bareMs = performance.now() - t0;
      if (round >= WARM_UP) {
        apiTimes.push(apiMs);
        bareTimes.push(bareMs);
      }
    }
    const dashboardRatio = median(apiTimes) / median(bareTimes);

    // 2. CSV export: API vs COPY (same SELECT) TO STDOUT, and the API's peak memory.
    process.stdout.write(`Exportación CSV de las inscripciones de ${year} (1 de calentamiento + ${EXPORT_RUNS} cada una)…\n`);
    const csvUrl = `${api.base}/api/reports/enrolments.csv?${query}`;
    const copySql = enrolmentCopySql(filters, EVERYONE);
    const bareCopy = async () => {
      const client = await pool.connect();
      try {
        const t0 = performance.now();
        let lines = 0;
        let bytes = 0;
        const stream = client.query(copyTo(copySql));
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        }
        return { lines, bytes, ms: performance.now() - t0 };
      } finally {
        client.release();
      }
    };
    const csvApi: { rows: number; ms: number; bytes: number; peakMb: number; startMb: number }[] = [];
    const csvBare: { rows: number; ms: number; bytes: number }[] = [];
    for (let round = 0; round <= EXPORT_RUNS; round += 1) {
      const { result, peakMb, startMb } = await peakMemory(api.pid, () => download(csvUrl, managerToken));
      if (result.status !== 200) throw new Error(`CSV: ${result.status}`);
      const bare = await bareCopy();
      if (round > 0) {
        csvApi.push({ rows: result.lines - 1, ms: result.ms, bytes: result.bytes, peakMb, startMb });
        csvBare.push({ rows: bare.lines - 1, ms: bare.ms, bytes: bare.bytes });
      }
    }
    const csvApiRate = median(csvApi.map((r) => r.rows / (r.ms / 1000)));
    const csvBareRate = median(csvBare.map((r) => r.rows / (r.ms / 1000)));
    const csvPeak = Math.max(...csvApi.map((r) => r.peakMb));

    // 3. XLSX export through the background job.
    process.stdout.write('Exportación XLSX (trabajo en segundo plano)…\n');
    const xlsx = await peakMemory(api.pid, async () => {
      const t0 = performance.now();
      const response = await fetch(`${api.base}/api/reports/exports`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'xlsx', from: filters.from, to: filters.to }),
      });
      const body = (await response.json()) as { rows: number; jobId: string | null; downloadPath: string | null };
      if (!response.ok || !body.jobId) throw new Error(`POST /api/reports/exports: ${response.status} ${JSON.stringify(body)}`);
      let job: { status: string; result: { downloadPath?: string } | null; error?: string | null } = { status: 'queued', result: null };
      while (job.status !== 'done' && job.status !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = (await (await fetch(`${api.base}/api/jobs/${body.jobId}`, { headers })).json()) as typeof job;
        if (performance.now() - t0 > 600_000) throw new Error('El trabajo XLSX no terminó en 10 minutos');
      }
      if (job.status === 'failed' || !job.result?.downloadPath) throw new Error(`El trabajo XLSX falló: ${JSON.stringify(job)}`);
      const jobMs = performance.now() - t0;
      const file = await download(`${api.base}${job.result.downloadPath}`, managerToken);
      if (file.status !== 200) throw new Error(`Descarga XLSX: ${file.status}`);
      return { rows: body.rows, jobMs, totalMs: performance.now() - t0, bytes: file.bytes };
    });

    // 4. Hot reads under load: API vs a bare node:http server with the same SQL.
    process.stdout.write(`Lecturas bajo carga (${CONNECTIONS} conexiones × ${DURATION_S} s cada una, API y servidor mínimo)…\n`);
    const today = laPazToday();
    const catalogue = buildCatalogueSearch({ q: CATALOGUE_QUERY, open: true, page: 1, pageSize: CATALOGUE_PAGE_SIZE }, today);
    const bare = await startBareServer({ url: dataset.url, catalogue: { text: catalogue.sql, values: catalogue.params }, learningUserId: participant.id, dashboard: statements });
    stops.unshift(bare.stop);
    const catalogueResponse = (await (await fetch(`${api.base}/api/catalogue/courses?q=${encodeURIComponent(CATALOGUE_QUERY)}`, { headers })).json()) as { total: number };
    const learningResponse = (await (await fetch(`${api.base}/api/learning/enrolments`, { headers: { authorization: `Bearer ${participantToken}` } })).json()) as unknown[];
    // The dashboard takes about a second of database time: fewer connections for longer, so enough requests finish to rank.
    const dashboardConnections = Math.min(CONNECTIONS, 4);
    const dashboardSeconds = DURATION_S * 3;
    const endpoints = [
      { name: 'Catálogo', detail: `GET /api/catalogue/courses?q=${CATALOGUE_QUERY} (${catalogueResponse.total} cursos); ${CONNECTIONS} conexiones × ${DURATION_S} s`, path: `/api/catalogue/courses?q=${encodeURIComponent(CATALOGUE_QUERY)}`, token: managerToken, connections: CONNECTIONS, seconds: DURATION_S },
      { name: 'Mi aprendizaje', detail: `GET /api/learning/enrolments (${learningResponse.length} inscripciones); ${CONNECTIONS} conexiones × ${DURATION_S} s`, path: '/api/learning/enrolments', token: participantToken, connections: CONNECTIONS, seconds: DURATION_S },
      { name: `Tablero ${year}`, detail: `GET /api/reports/dashboard?${query}; ${dashboardConnections} conexiones × ${dashboardSeconds} s`, path: `/api/reports/dashboard?${query}`, token: managerToken, connections: dashboardConnections, seconds: dashboardSeconds },
    ];
    const loadResults: { name: string; detail: string; api: autocannon.Result; bare: autocannon.Result }[] = [];
    for (const endpoint of endpoints) {
      const apiResult = await load(`${api.base}${endpoint.path}`, endpoint.token, endpoint.connections, endpoint.seconds);
      const bareResult = await load(`${bare.base}${endpoint.path}`, endpoint.token, endpoint.connections, endpoint.seconds);
      loadResults.push({ name: endpoint.name, detail: endpoint.detail, api: apiResult, bare: bareResult });
    }

    // Report
    const [{ server_version: pgVersion }] = (await pool.query<{ server_version: string }>('SHOW server_version')).rows;
    const [{ shared_buffers: sharedBuffers }] = (await pool.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows;
    const info = dataset.info;
    const csvOk = csvApi.every((r, i) => r.rows === csvBare[i].rows);
    const lines = [
      '',
      `Informes — conjunto nacional, gestión ${year} (issue 7)`,
      '',
      ...machineLines(),
      `  API         memoria residente tras arrancar ${fixed(idleMb)} MB`,
      `  Software    Node ${process.version} · PostgreSQL ${pgVersion} (embebido salvo DATABASE_URL; shared_buffers ${sharedBuffers}); la API compilada en su propio proceso (pool de ${POOL_SIZE}), la carga desde este proceso`,
      `  Datos       ${dataset.reused ? `reutilizados de la caché (.data/bench; generados en ${fixed(info.seconds)} s el ${info.generatedAt.slice(0, 10)})` : `generados en esta corrida en ${fixed(info.seconds)} s`} — versión ${info.version}, gestiones ${info.baseYear - 3}–${info.baseYear}`,
      `              ${Object.entries(counts).map(([table, n]) => `${table} ${thousands(n)}`).join(' · ')}`,
      '',
      `  1. Tablero de un año con todos los desgloses (mediana de ${DASHBOARD_RUNS} tras ${WARM_UP} de calentamiento)`,
      `     API  GET /api/reports/dashboard?${query}   ${fixed(median(apiTimes))} ms  (${thousands(dashboardBytes)} bytes de JSON)`,
      `     pg   las mismas ${statements.length} sentencias (dashboardQueries) en paralelo     ${fixed(median(bareTimes))} ms`,
      `     Relación API / pg   ${fixed(dashboardRatio, 2)}×   (objetivo ≤ 1,5: ${verdict(dashboardRatio <= 1.5)})`,
      `     Cifras: ${Object.entries(headline).map(([k, v]) => `${k} ${figure(v)}`).join(' · ')}`,
      '',
      `  2. Exportación CSV de las inscripciones del año (mediana de ${EXPORT_RUNS} tras 1 de calentamiento; sin compresión HTTP)`,
      `     API  GET /api/reports/enrolments.csv   ${thousands(csvApi[0].rows)} filas, ${fixed(csvApi[0].bytes / 2 ** 20)} MiB, ${fixed(median(csvApi.map((r) => r.ms)))} ms → ${thousands(csvApiRate)} filas/s`,
      `     pg   COPY (mismo SELECT) TO STDOUT        ${thousands(csvBare[0].rows)} filas, ${fixed(csvBare[0].bytes / 2 ** 20)} MiB, ${fixed(median(csvBare.map((r) => r.ms)))} ms → ${thousands(csvBareRate)} filas/s${csvOk ? '' : '   ¡LAS FILAS NO COINCIDEN!'}`,
      `     Relación API / COPY   ${fixed(csvApiRate / csvBareRate, 2)}   (objetivo ≥ 0,5: ${verdict(csvApiRate / csvBareRate >= 0.5)})`,
      `     Memoria de la API (RSS) durante la exportación: pico ${fixed(csvPeak)} MB (antes ${fixed(csvApi[0].startMb)} MB)   (objetivo ≤ 256 MB: ${verdict(csvPeak <= 256)})`,
      '',
      '  3. Exportación XLSX de las mismas filas (POST /api/reports/exports → trabajo → descarga)',
      `     ${thousands(xlsx.result.rows)} filas, ${fixed(xlsx.result.bytes / 2 ** 20)} MiB: trabajo terminado en ${fixed(xlsx.result.jobMs / 1000, 2)} s, con la descarga ${fixed(xlsx.result.totalMs / 1000, 2)} s (${thousands(xlsx.result.rows / (xlsx.result.totalMs / 1000))} filas/s)`,
      `     Memoria de la API (RSS): pico ${fixed(xlsx.peakMb)} MB (antes ${fixed(xlsx.startMb)} MB)`,
      '',
      '  4. Lecturas más frecuentes bajo carga (autocannon, en otro proceso que la API), API frente a un',
      '     servidor node:http mínimo en su propio proceso que ejecuta el mismo SQL y devuelve sus filas como JSON',
      `     ${''.padEnd(16)}${'API sol./s'.padStart(12)}${'p99 ms'.padStart(9)}${'pg sol./s'.padStart(12)}${'p99 ms'.padStart(9)}${'relación'.padStart(10)}${'fallos'.padStart(8)}`,
      ...loadResults.map((r) => {
        const ratio = r.bare.requests.average > 0 ? r.api.requests.average / r.bare.requests.average : Number.NaN;
        return `     ${r.name.padEnd(16)}${fixed(r.api.requests.average).padStart(12)}${String(r.api.latency.p99).padStart(9)}${fixed(r.bare.requests.average).padStart(12)}${String(r.bare.latency.p99).padStart(9)}${fixed(ratio, 2).padStart(10)}${String(failures(r.api) + failures(r.bare)).padStart(8)}   ${verdict(ratio >= 0.5)} (≥ 0,5)`;
      }),
      ...loadResults.map((r) => `       ${r.name}: ${r.detail}`),
      '',
      `  Total ${fixed((performance.now() - started) / 1000)} s`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!csvOk || loadResults.some((r) => failures(r.api) + failures(r.bare) > 0)) process.exitCode = 1;
  } finally {
    await pool.end().catch(() => undefined);
    for (const stop of stops) await Promise.resolve(stop()).catch(() => undefined);
  }
};

if (process.argv.includes('--bare-server')) runBareServer();
else runBench(main);
