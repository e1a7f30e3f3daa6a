/**
 * Catalogue search benchmark: `npm run bench`.
 *
 * Starts a throw-away embedded PostgreSQL (or a fresh database on DATABASE_URL's server), applies
 * the migrations, loads the demo data, boots the real API on a free local port, signs in as the
 * demo participant and fires realistic catalogue searches one after another over HTTP (with and
 * without accents, prefixes, phrases and filters). Then it times the bare SQL statement of the
 * same searches, so the table shows what the API adds on top of PostgreSQL. Not part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { addDays, CATALOGUE_PAGE_SIZE, laPazToday } from '@campus/domain';
import { createApp } from '../../apps/api/src/bootstrap';
import { DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-data';
import { seedDemoData } from '../../apps/api/src/database/seed/demo-seed';
import { buildCatalogueSearch } from '../../apps/api/src/modules/catalogue/catalogue.repository';
import type { CatalogueSearch } from '../../apps/api/src/modules/catalogue/catalogue.repository';
import { createTestDatabase } from '../support/test-database';
import { machineLines, runBench } from './report';

const ROUNDS = 13;
const WARM_UP_ROUNDS = 2;

/** What a person types and picks. Area codes and day offsets are resolved after seeding. */
interface BenchQuery {
  q?: string;
  area?: string;
  subArea?: string;
  modality?: 'in_person' | 'online' | 'blended';
  sdg?: string;
  /** Days from today (La Paz). */
  from?: number;
  to?: number;
  open?: boolean;
}

const QUERIES: BenchQuery[] = [
  { q: 'gestion de riesgo' },
  { q: 'Gestión de Riesgos de Desastres' },
  { q: 'gestion de ries' },
  { q: 'finanzas municipales' },
  { q: 'presupuesto' },
  { q: 'rendicion de cuentas' },
  { q: 'transparencia', open: false },
  { q: 'conflictos sociales' },
  { q: 'equidad de genero' },
  { q: 'cebras' },
  { q: 'cultura tributaria', open: false },
  { q: 'planificacion territorial ODS' },
  { q: '"gestión de riesgos"' },
  { q: 'riesgos -desastres', open: false },
  { q: 'mapas de riesgo', area: 'A08', open: false },
  { q: 'municipal', modality: 'blended', sdg: '11' },
  {},
  { open: false },
  { area: 'A08' },
  { area: 'A01', subArea: 'A01.2' },
  { modality: 'online' },
  { sdg: '16' },
  { sdg: '11.5', open: false },
  { from: 14, to: 45 },
];

const label = (query: BenchQuery): string =>
  Object.entries(query)
    .map(([key, value]) => (key === 'q' ? JSON.stringify(value) : `${key}=${value}`))
    .join(' ') || '(sin filtros)';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
};
const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => value.toFixed(2).padStart(8);

const main = async () => {
  process.env.LOG_LEVEL ??= 'silent';
  const started = performance.now();
  process.stdout.write('Preparando PostgreSQL embebido, migraciones y datos de demostración…\n');
  const database = await createTestDatabase('bench');
  const app = await createApp({ databaseUrl: database.url, serveWeb: false });
  try {
    await app.init();
    const dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;

    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'participante@demo.egm.bo', password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`No se pudo ingresar como participante: ${login.status}`);
    const { accessToken } = (await login.json()) as { accessToken: string };

    const framework = new Map<string, string>(
      (await dataSource.query(`SELECT code, id FROM competency_items`)).map((r: { code: string; id: string }) => [r.code, r.id]),
    );
    const today = laPazToday();
    const resolved = QUERIES.map((query) => {
      const params: Record<string, string> = {};
      if (query.q) params.q = query.q;
      if (query.area) params.areaId = framework.get(query.area) as string;
      if (query.subArea) params.subAreaId = framework.get(query.subArea) as string;
      if (query.modality) params.modality = query.modality;
      if (query.sdg) params.sdg = query.sdg;
      if (query.from !== undefined) params.from = addDays(today, query.from);
      if (query.to !== undefined) params.to = addDays(today, query.to);
      if (query.open !== undefined) params.open = String(query.open);
      const search: CatalogueSearch = {
        q: params.q,
        areaId: params.areaId,
        subAreaId: params.subAreaId,
        modality: query.modality,
        sdg: params.sdg,
        from: params.from,
        to: params.to,
        open: query.open ?? true,
        page: 1,
        pageSize: CATALOGUE_PAGE_SIZE,
      };
      return { label: label(query), url: `${base}/catalogue/courses?${new URLSearchParams(params)}`, sql: buildCatalogueSearch(search, today) };
    });

    const results = new Map<string, number>();
    const api = new Map<string, number[]>(resolved.map((r) => [r.label, []]));
    const sql = new Map<string, number[]>(resolved.map((r) => [r.label, []]));
    const headers = { Authorization: `Bearer ${accessToken}` };

    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
      for (const query of resolved) {
        const t0 = performance.now();
        const response = await fetch(query.url, { headers });
        const body = (await response.json()) as { total: number };
        const elapsed = performance.now() - t0;
        if (!response.ok) throw new Error(`${query.label}: ${response.status} ${JSON.stringify(body)}`);
        results.set(query.label, body.total);
        if (round >= WARM_UP_ROUNDS) api.get(query.label)?.push(elapsed);
      }
    }
    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
      for (const query of resolved) {
        const t0 = performance.now();
        await dataSource.query(query.sql.sql, query.sql.params);
        const elapsed = performance.now() - t0;
        if (round >= WARM_UP_ROUNDS) sql.get(query.label)?.push(elapsed);
      }
    }

    const allApi = [...api.values()].flat();
    const allSql = [...sql.values()].flat();
    const [{ server_version: pgVersion }] = await dataSource.query(`SHOW server_version`);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM courses WHERE status = 'published')::int AS published, (SELECT count(*) FROM courses)::int AS courses,
              (SELECT count(*) FROM cohorts)::int AS cohorts`,
    );
    const width = Math.max(...resolved.map((r) => r.label.length), 12);
    const lines = [
      '',
      'Búsqueda en el catálogo — GET /api/catalogue/courses (secuencial, HTTP local, tras calentar)',
      '',
      ...machineLines(),
      `  Software    Node ${process.version} · PostgreSQL ${pgVersion} (embebido salvo DATABASE_URL)`,
      `  Datos       demo: ${counts.courses} cursos (${counts.published} publicados), ${counts.cohorts} cohortes; hoy ${today} (La Paz)`,
      `  Muestras    ${allApi.length} búsquedas HTTP y ${allSql.length} consultas SQL (${resolved.length} búsquedas × ${ROUNDS} rondas; ${WARM_UP_ROUNDS} rondas de calentamiento aparte)`,
      '',
      `  ${''.padEnd(22)}${'mediana'.padStart(9)}${'p95'.padStart(9)}${'máx'.padStart(9)}   (ms)`,
      `  ${'API (HTTP + JSON)'.padEnd(22)}${ms(median(allApi))} ${ms(percentile(allApi, 95))} ${ms(Math.max(...allApi))}`,
      `  ${'SQL sola'.padEnd(22)}${ms(median(allSql))} ${ms(percentile(allSql, 95))} ${ms(Math.max(...allSql))}`,
      `  ${'Relación API / SQL'.padEnd(22)}${(median(allApi) / median(allSql)).toFixed(2).padStart(8)}×`,
      '',
      `  ${'búsqueda'.padEnd(width)}  ${'cursos'.padStart(6)}  ${'API med.'.padStart(8)}  ${'SQL med.'.padStart(8)}`,
      ...resolved.map(
        (r) => `  ${r.label.padEnd(width)}  ${String(results.get(r.label)).padStart(6)}  ${ms(median(api.get(r.label) ?? []))}  ${ms(median(sql.get(r.label) ?? []))}`,
      ),
      '',
      `  Total ${((performance.now() - started) / 1000).toFixed(1)} s`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
};

runBench(main);
