import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import type { Pool } from 'pg';
import type { DashboardReport } from '@campus/domain';
import { ReportExportsService } from '../../apps/api/src/modules/reports/report-exports.service';
import { waitForJob } from '../support/certificates';
import { readPdf } from '../support/pdf';
import { createTestApp, login, makeCohort, makeCourse, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeMunicipality, MadeUser, TestContext } from '../support/test-app';

/**
 * The report exports against a real PostgreSQL: the dashboard's CSV / XLSX / PDF say what its JSON
 * says; the enrolment detail has exactly the rows a plain SQL count finds; a large export runs as
 * a job whose file only its creator gets; every export is audited; scope holds for a liaison.
 * Data lives in cohorts of 2013 (small) and 2014 (over 5000 rows), years no other test uses.
 */

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const SMALL = { from: '2013-01-01', to: '2013-12-31' };
const LARGE = { from: '2014-01-01', to: '2014-12-31' };
const LARGE_ROWS = 5_200;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Collects a binary body (supertest only buffers text by default). */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

const qs = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** The rows of a `;` CSV (BOM removed; rows may differ in length between sections). */
const csvRows = (body: Buffer): string[][] => parse(body.subarray(3).toString('utf8'), { delimiter: ';', relax_column_count: true, skip_empty_lines: false });

/** The lines of one section of the summary CSV: from its title to the blank line after it. */
const section = (rows: string[][], title: string): string[][] => {
  const start = rows.findIndex((row) => row.length === 1 && row[0] === title);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = rows.findIndex((row, i) => i > start && (row.length === 0 || (row.length === 1 && row[0] === '')));
  return rows.slice(start + 1, end < 0 ? undefined : end);
};

/** A figure as the CSV writes it: integers as they are, the rate as a percentage with a decimal comma. */
const csvFigure = (value: number | null, rate = false): string =>
  value === null ? 'no aplica' : String(rate ? Math.round(value * 1000) / 10 : value).replace('.', ',');

describe('report exports (real PostgreSQL)', () => {
  let ctx: TestContext;
  let manager: MadeUser;
  let managerToken: string;
  let otherManagerToken: string;
  let liaisonToken: string;
  let participantToken: string;
  let townA: MadeMunicipality;
  let townB: MadeMunicipality;
  let courseCode: string;
  const townAName = `San Andrés de Machaca ${randomUUID().slice(0, 4)}`;

  /** Inserts `count` people in one statement; names with Spanish letters. */
  const insertPeople = async (count: number, options: { municipalityId: string | null; gender: string }): Promise<string[]> => {
    const tag = randomUUID().slice(0, 8);
    const base = 1_000_000_000 + randomInt(0, 8_000_000) * 1000;
    const rows: { id: string }[] = await ctx.db.query(
      `INSERT INTO users (email, password_hash, first_names, last_names, national_id_number, national_id_complement, national_id_issued_in, gender, municipality_id, roles, active)
       SELECT 'informe' || g || '.' || $2 || '@prueba.egm.bo', '!', 'José María', 'Peñaranda Ñuflo ' || g, ($3::bigint + g)::text, 'RX', 'LP', $4, $5::uuid, ARRAY['participant'], true
         FROM generate_series(1, $1::int) g
       RETURNING id`,
      [count, tag, base, options.gender, options.municipalityId],
    );
    return rows.map((row) => row.id);
  };

  /** Enrols people in a cohort with a status, in one statement; passed ones with a score and a completion date. */
  const enrol = async (cohortId: string, userIds: string[], status: string): Promise<string[]> => {
    const rows: { id: string }[] = await ctx.db.query(
      `INSERT INTO enrolments (cohort_id, user_id, status, final_score, completed_at)
       SELECT $1, u, $3::varchar, CASE WHEN $3::varchar = 'passed' THEN 85.5 END, CASE WHEN $3::varchar = 'passed' THEN timestamptz '2013-06-30 12:00:00-04' END
         FROM unnest($2::uuid[]) u
       RETURNING id`,
      [cohortId, userIds, status],
    );
    return rows.map((row) => row.id);
  };

  /** The enrolments a plain SQL query counts for a period (admitted, cohort starting in it, not cancelled). */
  const plainCount = async (period: { from: string; to: string }, extra: { municipalityId?: string; gender?: string } = {}): Promise<number> => {
    const [row] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN users u ON u.id = e.user_id
        WHERE c.starts_on BETWEEN $1 AND $2 AND c.status <> 'cancelled'
          AND e.status IN ('enrolled', 'in_progress', 'passed', 'failed', 'withdrawn')
          AND ($3::uuid IS NULL OR u.municipality_id = $3) AND ($4::text IS NULL OR u.gender = $4)`,
      [period.from, period.to, extra.municipalityId ?? null, extra.gender ?? null],
    );
    return row.n;
  };

  const exportEntries = async (actorId: string): Promise<{ after: Record<string, unknown>; entity_type: string; entity_id: string | null }[]> =>
    ctx.db.query(`SELECT after, entity_type, entity_id FROM audit_log WHERE action = 'report.export' AND actor_id = $1 ORDER BY created_at, id`, [actorId]);

  const get = (path: string, token: string) => ctx.http().get(path).set(bearer(token));
  const getFile = (path: string, token: string) => ctx.http().get(path).set(bearer(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    ctx = await createTestApp();
    manager = await makeUser(ctx.db, ['manager']);
    managerToken = (await login(ctx, manager)).token;
    otherManagerToken = (await login(ctx, await makeUser(ctx.db, ['manager']))).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
    townA = await makeMunicipality(ctx.db, { name: townAName, department: 'LP' });
    townB = await makeMunicipality(ctx.db, { name: `Villazón ${randomUUID().slice(0, 4)}`, department: 'PT' });
    liaisonToken = (await login(ctx, await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: townA.id }))).token;

    // 2013: two courses, counted cohorts in March and July; a cancelled one and one of 2012 that do not count.
    const risks = await makeCourse(ctx.db, { title: 'Gestión de riesgos y señalización — Ñandú', areaCode: 'A08', workloadHours: 40, sdgTargets: ['11.5'] });
    courseCode = risks.code;
    const finance = await makeCourse(ctx.db, { title: 'Finanzas municipales', areaCode: 'A03', subAreaCode: null, workloadHours: 24, sdgTargets: ['16.6'] });
    const window = { enrolmentOpensOn: '2012-10-01', enrolmentClosesOn: '2012-12-01' };
    const march = await makeCohort(ctx.db, risks, { ...window, startsOn: '2013-03-11', endsOn: '2013-06-30', modality: 'in_person', capacity: 100, status: 'closed' });
    const july = await makeCohort(ctx.db, finance, { ...window, startsOn: '2013-07-01', endsOn: '2013-08-30', modality: 'online', capacity: 100, venue: null });
    const cancelled = await makeCohort(ctx.db, finance, { ...window, startsOn: '2013-05-01', endsOn: '2013-05-30', status: 'cancelled' });
    const earlier = await makeCohort(ctx.db, risks, { ...window, startsOn: '2012-12-20', endsOn: '2013-02-20' });

    const passedA = await enrol(march.id, await insertPeople(8, { municipalityId: townA.id, gender: 'female' }), 'passed');
    const menA = await insertPeople(6, { municipalityId: townA.id, gender: 'male' });
    await enrol(march.id, menA.slice(0, 4), 'passed');
    await enrol(march.id, menA.slice(4), 'failed');
    const othersB = await insertPeople(3, { municipalityId: townB.id, gender: 'other' });
    await enrol(march.id, othersB.slice(0, 2), 'passed');
    await enrol(march.id, othersB.slice(2), 'withdrawn');
    await enrol(march.id, await insertPeople(2, { municipalityId: null, gender: 'undisclosed' }), 'in_progress');
    await enrol(march.id, await insertPeople(2, { municipalityId: townA.id, gender: 'female' }), 'requested');
    await enrol(march.id, await insertPeople(1, { municipalityId: townA.id, gender: 'male' }), 'waitlisted');
    await enrol(july.id, await insertPeople(4, { municipalityId: townA.id, gender: 'female' }), 'passed');
    await enrol(july.id, await insertPeople(5, { municipalityId: townB.id, gender: 'male' }), 'enrolled');
    await enrol(cancelled.id, await insertPeople(3, { municipalityId: townA.id, gender: 'female' }), 'passed');
    await enrol(earlier.id, await insertPeople(2, { municipalityId: townA.id, gender: 'female' }), 'passed');

    // Certificates of three March completions (issued in April 2013).
    for (const enrolmentId of passedA.slice(0, 3)) {
      const number = randomInt(900_000, 999_999);
      await ctx.db.query(
        `INSERT INTO certificates (serial, year, number, verification_code, kind, status, holder_id, enrolment_id, cohort_id, course_id, hours, snapshot, issued_at)
         SELECT $1, 2013, $2, $3, 'approval', 'valid', e.user_id, e.id, e.cohort_id, $5, 40, '{}'::jsonb, timestamptz '2013-04-15 10:00:00-04'
           FROM enrolments e WHERE e.id = $4`,
        [`EGM-2013-${number}`, number, randomBytes(6).toString('hex').toUpperCase(), enrolmentId, risks.id],
      );
    }

    // 2014: one cohort with more rows than a direct export allows (set-based inserts).
    const big = await makeCourse(ctx.db, { title: 'Cultura ciudadana — Programa Cebras', areaCode: 'A11', subAreaCode: null, workloadHours: 16 });
    const bigCohort = await makeCohort(ctx.db, big, { enrolmentOpensOn: '2013-11-01', enrolmentClosesOn: '2014-01-31', startsOn: '2014-02-03', endsOn: '2014-03-28', capacity: 10_000 });
    await enrol(bigCohort.id, await insertPeople(LARGE_ROWS / 2, { municipalityId: townA.id, gender: 'female' }), 'passed');
    await enrol(bigCohort.id, await insertPeople(LARGE_ROWS / 2, { municipalityId: townB.id, gender: 'male' }), 'in_progress');
  }, 120_000);

  afterAll(async () => {
    await ctx?.close();
  });

  const dashboard = async (params: Record<string, string | undefined>, token = managerToken): Promise<DashboardReport> => {
    const response = await get(`/api/reports/dashboard?${qs(params)}`, token);
    expect(response.status).toBe(200);
    return response.body;
  };

  describe('summary of the dashboard', () => {
    it('writes the CSV with a BOM, every section, and the same figures as the dashboard', async () => {
      const report = await dashboard(SMALL);
      const response = await getFile(`/api/reports/dashboard.csv?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toContain('informe-formacion-2013-01-01-a-2013-12-31.csv');
      const body = response.body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(true);
      const rows = csvRows(body);

      const summary = new Map(section(rows, 'Resumen').map((row) => [row[0], row[1]]));
      expect(report.headline.enrolments).toBe(28);
      expect(summary.get('Inscripciones')).toBe(String(report.headline.enrolments));
      expect(summary.get('Aprobaciones')).toBe(String(report.headline.completions));
      expect(summary.get('Personas capacitadas')).toBe(String(report.headline.officialsTrained));
      expect(summary.get('Horas de formación')).toBe(String(report.headline.trainingHours));
      expect(summary.get('Tasa de aprobación (%)')).toBe(csvFigure(report.headline.completionRate, true));
      expect(summary.get('Certificados emitidos')).toBe(String(report.headline.certificatesIssued));
      expect(summary.get('Pasantías concluidas')).toBe(csvFigure(report.headline.internshipsCompleted));

      for (const breakdown of report.breakdowns) {
        const title = { gender: 'Por género', department: 'Por departamento', municipality: 'Por municipio', area: 'Por área de gestión', modality: 'Por modalidad', sdg: 'Por meta ODS' }[breakdown.dimension];
        const lines = section(rows, title);
        const header = lines[0];
        const column = (name: string) => header.indexOf(name);
        for (const row of breakdown.rows) {
          const line = lines.find((l) => l[0] === row.label);
          expect(line).toBeDefined();
          expect(line![column('Inscripciones')]).toBe(String(row.enrolments));
          expect(line![column('Aprobaciones')]).toBe(String(row.completions));
          expect(line![column('Horas de formación')]).toBe(String(row.trainingHours));
        }
      }
      // Accents survive: the municipality, in its breakdown and in the coverage matrix.
      expect(section(rows, 'Por municipio').some((row) => row[0] === townAName)).toBe(true);
      expect(section(rows, 'Por área de gestión').find((row) => row[0] === 'Medio ambiente y gestión de riesgos')?.[1]).toBe('A08');
      const coverage = section(rows, 'Cobertura municipio × área');
      const cell = report.heatmap.cells.find((c) => c.municipalityId === townA.id)!;
      const areaColumn = coverage[0].findIndex((h) => h.startsWith(report.heatmap.areas.find((a) => a.id === cell.areaId)!.code));
      expect(coverage.find((row) => row[0] === townAName)![areaColumn]).toBe(String(cell.completions));
      const trend = section(rows, 'Tendencia mensual');
      expect(trend.slice(1).map((row) => row[0])).toEqual(report.monthly.map((m) => m.month));
      expect(trend.find((row) => row[0] === '2013-03')![1]).toBe(String(report.monthly.find((m) => m.month === '2013-03')!.enrolments));
    });

    it('writes "no aplica" for internship figures under a course filter', async () => {
      const rows = csvRows((await getFile(`/api/reports/dashboard.csv?${qs({ ...SMALL, modality: 'in_person' })}`, managerToken)).body);
      expect(new Map(section(rows, 'Resumen').map((row) => [row[0], row[1]])).get('Pasantías concluidas')).toBe('no aplica');
    });

    it('puts <5 in the gender section when publishing, and only there', async () => {
      const report = await dashboard({ ...SMALL, suppress: 'true' });
      const other = report.breakdowns.find((b) => b.dimension === 'gender')!.rows.find((r) => r.key === 'other')!;
      expect(other.enrolments).toBeNull();
      const rows = csvRows((await getFile(`/api/reports/dashboard.csv?${qs({ ...SMALL, suppress: 'true' })}`, managerToken)).body);
      const gender = section(rows, 'Por género');
      const line = gender.find((row) => row[1] === 'other')!;
      expect(line[gender[0].indexOf('Inscripciones')]).toBe('<5');
      expect(line[gender[0].indexOf('Aprobaciones')]).toBe('<5');
      // Women (12) are not hidden; the department breakdown is never suppressed.
      expect(gender.find((row) => row[1] === 'female')![gender[0].indexOf('Inscripciones')]).toBe('12');
      expect(section(rows, 'Por departamento').some((row) => row.includes('<5'))).toBe(false);
      // Without the option the same cell shows its number.
      const plain = section(csvRows((await getFile(`/api/reports/dashboard.csv?${qs(SMALL)}`, managerToken)).body), 'Por género');
      expect(plain.find((row) => row[1] === 'other')![plain[0].indexOf('Inscripciones')]).toBe('3');
    });

    it('writes the workbook: a sheet per part, typed numbers, frozen headers, the dashboard figures', async () => {
      const report = await dashboard(SMALL);
      const response = await getFile(`/api/reports/dashboard.xlsx?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names).toEqual(expect.arrayContaining(['Resumen', 'Género', 'Departamento', 'Municipio', 'Área', 'Modalidad', 'Meta ODS', 'Cobertura', 'Tendencia mensual']));
      expect(names[0]).toBe('Resumen');
      for (const sheet of workbook.worksheets) expect(sheet.views[0]?.state).toBe('frozen');

      const summary = workbook.getWorksheet('Resumen')!;
      const value = (label: string) => summary.getColumn(1).values.findIndex((v) => v === label);
      const enrolmentsCell = summary.getRow(value('Inscripciones')).getCell(2);
      expect(enrolmentsCell.type).toBe(ExcelJS.ValueType.Number);
      expect(enrolmentsCell.value).toBe(report.headline.enrolments);
      const rateCell = summary.getRow(value('Tasa de aprobación')).getCell(2);
      expect(rateCell.value).toBeCloseTo(report.headline.completionRate, 6);
      expect(rateCell.numFmt).toContain('%');

      const gender = workbook.getWorksheet('Género')!;
      const header = gender.getRow(1).values as unknown[];
      expect(header).toContain('Inscripciones');
      const enrolmentsColumn = header.indexOf('Inscripciones');
      for (const row of report.breakdowns.find((b) => b.dimension === 'gender')!.rows) {
        let found = false;
        gender.eachRow((line, n) => {
          if (n > 1 && line.getCell(1).value === row.label) {
            found = true;
            expect(line.getCell(enrolmentsColumn).type).toBe(ExcelJS.ValueType.Number);
            expect(line.getCell(enrolmentsColumn).value).toBe(row.enrolments);
          }
        });
        expect(found).toBe(true);
      }
      expect(gender.autoFilter).toBeTruthy();
      const trend = workbook.getWorksheet('Tendencia mensual')!;
      expect(trend.rowCount).toBe(1 + report.monthly.length);
      const coverage = workbook.getWorksheet('Cobertura')!;
      expect(coverage.getColumn(1).values).toContain(townAName);
    });

    it('writes a PDF with the headline figures and page numbers', async () => {
      const report = await dashboard(SMALL);
      const response = await getFile(`/api/reports/dashboard.pdf?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = readPdf(response.body);
      const text = pdf.text;
      expect(text).toContain('Informe de formación');
      expect(text).toContain('Periodo: del 1 de enero al 31 de diciembre de 2013');
      expect(pdf.fonts.every((font) => /DejaVu/.test(font))).toBe(true);
      const fragments = new Set(pdf.fragments);
      expect(fragments.has(String(report.headline.enrolments))).toBe(true);
      expect(fragments.has(String(report.headline.completions))).toBe(true);
      expect(fragments.has(String(report.headline.trainingHours))).toBe(true);
      expect(text).toContain('Personas capacitadas');
      expect(text).toContain('Por género');
      expect(text).toContain('Tendencia mensual');
      expect(text).toContain(`Página 1 de ${pdf.pages}`);
    });

    it('refuses a bad period naming the field, and a participant', async () => {
      const bad = await get(`/api/reports/dashboard.csv?from=2013-13-01&to=2013-12-31`, managerToken);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('from');
      for (const path of [`/api/reports/dashboard.csv?${qs(SMALL)}`, `/api/reports/dashboard.pdf?${qs(SMALL)}`, `/api/reports/enrolments.csv?${qs(SMALL)}`]) {
        expect((await get(path, participantToken)).status).toBe(403);
      }
      const post = await ctx.http().post('/api/reports/exports').set(bearer(participantToken)).send({ format: 'csv', ...SMALL });
      expect(post.status).toBe(403);
    });
  });

  describe('enrolment detail', () => {
    it('streams the CSV: BOM, Spanish header, one row per counted enrolment, accents intact', async () => {
      const response = await getFile(`/api/reports/enrolments.csv?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain('inscripciones-2013-01-01-a-2013-12-31.csv');
      const body = response.body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(true);
      const [header, ...rows] = csvRows(body);
      expect(header).toEqual([
        'Apellidos', 'Nombres', 'Género', 'Municipio', 'Departamento', 'Código del curso', 'Curso', 'Área de gestión', 'Modalidad', 'Gestión', 'Edición',
        'Paralelo', 'Inicio', 'Fin', 'Estado', 'Nota final', 'Fecha de conclusión', 'Horas acreditadas', 'N.º de certificado',
      ]);
      expect(rows).toHaveLength(await plainCount(SMALL));
      expect(rows).toHaveLength(28);
      const col = (name: string) => header.indexOf(name);
      const passed = rows.filter((row) => row[col('Estado')] === 'Aprobado/a' && row[col('Código del curso')] === courseCode);
      expect(passed).toHaveLength(14);
      expect(passed[0][col('Apellidos')]).toMatch(/^Peñaranda Ñuflo \d+$/);
      expect(passed[0][col('Nombres')]).toBe('José María');
      expect(passed[0][col('Curso')]).toBe('Gestión de riesgos y señalización — Ñandú');
      expect(passed[0][col('Horas acreditadas')]).toBe('40');
      expect(passed[0][col('Nota final')]).toBe('85,5');
      expect(passed[0][col('Fecha de conclusión')]).toBe('2013-06-30');
      expect(passed[0][col('Modalidad')]).toBe('Presencial');
      expect(rows.filter((row) => row[col('Estado')] === 'Reprobado/a').every((row) => row[col('Horas acreditadas')] === '0')).toBe(true);
      expect(rows.filter((row) => row[col('N.º de certificado')].startsWith('EGM-2013-'))).toHaveLength(3);
      expect(rows.some((row) => row[col('Municipio')] === townAName && row[col('Departamento')] === 'La Paz')).toBe(true);
      expect(rows.filter((row) => row[col('Municipio')] === 'Sin municipio')).toHaveLength(2);
    });

    it('applies the filters exactly as a plain SQL count does', async () => {
      const rows = csvRows((await getFile(`/api/reports/enrolments.csv?${qs({ ...SMALL, gender: 'female' })}`, managerToken)).body).slice(1);
      expect(rows).toHaveLength(await plainCount(SMALL, { gender: 'female' }));
      expect(rows.every((row) => row[2] === 'Femenino')).toBe(true);
    });

    it('writes the workbook with typed cells and a frozen header, and refuses one over the direct limit', async () => {
      const response = await getFile(`/api/reports/enrolments.xlsx?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body);
      const sheet = workbook.getWorksheet('Inscripciones')!;
      expect(sheet.views[0].state).toBe('frozen');
      expect(sheet.rowCount).toBe(1 + 28);
      const header = sheet.getRow(1).values as unknown[];
      const hours = header.indexOf('Horas acreditadas');
      const start = header.indexOf('Inicio');
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        expect(row.getCell(hours).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(start).type).toBe(ExcelJS.ValueType.Date);
      });

      const tooLarge = await get(`/api/reports/enrolments.xlsx?${qs(LARGE)}`, managerToken);
      expect(tooLarge.status).toBe(409);
      expect(tooLarge.body.detail).toContain('segundo plano');
    });

    it('answers a small export request with a direct address', async () => {
      const response = await ctx.http().post('/api/reports/exports').set(bearer(managerToken)).send({ format: 'xlsx', ...SMALL, gender: 'male' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ rows: await plainCount(SMALL, { gender: 'male' }), jobId: null, downloadPath: `/api/reports/enrolments.xlsx?from=2013-01-01&to=2013-12-31&gender=male` });
      const bad = await ctx.http().post('/api/reports/exports').set(bearer(managerToken)).send({ format: 'pdf', ...SMALL });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('format');
    });

    it.each(['csv', 'xlsx'] as const)('runs a large %s export as a job: progress to 100 %%, the whole file, for its creator only', async (format) => {
      expect(await plainCount(LARGE)).toBe(LARGE_ROWS);
      const requested = await ctx.http().post('/api/reports/exports').set(bearer(managerToken)).send({ format, ...LARGE });
      expect(requested.status).toBe(200);
      expect(requested.body.rows).toBe(LARGE_ROWS);
      expect(requested.body.jobId).toEqual(expect.any(String));
      const jobId: string = requested.body.jobId;

      const job = await waitForJob(ctx, managerToken, jobId);
      expect(job.status).toBe('done');
      expect(job.percent).toBe(100);
      expect(job.done).toBe(LARGE_ROWS);
      expect(job.result).toEqual({ downloadPath: `/api/reports/exports/${jobId}/file`, rows: LARGE_ROWS, fileName: `inscripciones-2014-01-01-a-2014-12-31.${format}`, format });

      const file = await getFile(`/api/reports/exports/${jobId}/file`, managerToken);
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toContain(`inscripciones-2014-01-01-a-2014-12-31.${format}`);
      if (format === 'csv') {
        expect((file.body as Buffer).subarray(0, 3).equals(BOM)).toBe(true);
        expect(csvRows(file.body)).toHaveLength(1 + LARGE_ROWS);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.body);
        expect(workbook.getWorksheet('Inscripciones')!.rowCount).toBe(1 + LARGE_ROWS);
      }

      expect((await get(`/api/reports/exports/${jobId}/file`, otherManagerToken)).status).toBe(404);
      expect((await get(`/api/reports/exports/${randomUUID()}/file`, managerToken)).status).toBe(404);
    }, 90_000);

    it('frees the COPY connection when the reader goes away mid-stream', async () => {
      // Kernel socket buffers can hold a whole test-sized file, so an HTTP client leaving early
      // may not interrupt anything: the stream the controller pipes is destroyed directly instead.
      const pool = (ctx.db.driver as unknown as { master: Pool }).master;
      const busy = () => pool.totalCount - pool.idleCount;
      const before = busy();
      const stream = await ctx.app.get(ReportExportsService).enrolmentCsvStream(LARGE, { municipalityId: null });
      expect(busy()).toBe(before + 1);
      stream.destroy();
      const deadline = Date.now() + 5_000;
      while (busy() > before) {
        if (Date.now() > deadline) throw new Error('the export connection was not given back');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The pool still serves a whole export.
      const response = await getFile(`/api/reports/enrolments.csv?${qs(SMALL)}`, managerToken);
      expect(response.status).toBe(200);
      expect(csvRows(response.body)).toHaveLength(1 + 28);
    });

    it('answers 409 for the file of a job that has not finished', async () => {
      const [job] = await ctx.db.query(
        `INSERT INTO background_jobs (kind, status, payload, total, done, created_by) VALUES ('reports.enrolments-export', 'running', '{}', 10, 4, $1) RETURNING id`,
        [manager.id],
      );
      const response = await get(`/api/reports/exports/${job.id}/file`, managerToken);
      expect(response.status).toBe(409);
      expect(response.body.detail).toContain('40 %');
    });
  });

  describe('scope and audit', () => {
    it('gives a liaison only their own municipality, and refuses another one', async () => {
      const rows = csvRows((await getFile(`/api/reports/enrolments.csv?${qs(SMALL)}`, liaisonToken)).body).slice(1);
      expect(rows).toHaveLength(await plainCount(SMALL, { municipalityId: townA.id }));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row[3] === townAName)).toBe(true);

      const summary = csvRows((await getFile(`/api/reports/dashboard.csv?${qs(SMALL)}`, liaisonToken)).body);
      expect(new Map(section(summary, 'Resumen').map((row) => [row[0], row[1]])).get('Alcance')).toBe(`Solo el municipio de ${townAName}`);
      expect(section(summary, 'Por municipio').filter((row) => row[0] === townAName || row[1] === townB.id)).toHaveLength(1);

      expect((await get(`/api/reports/enrolments.csv?${qs({ ...SMALL, municipalityId: townB.id })}`, liaisonToken)).status).toBe(403);
      expect((await get(`/api/reports/dashboard.xlsx?${qs({ ...SMALL, municipalityId: townB.id })}`, liaisonToken)).status).toBe(403);
      const post = await ctx.http().post('/api/reports/exports').set(bearer(liaisonToken)).send({ format: 'csv', ...LARGE, municipalityId: townB.id });
      expect(post.status).toBe(403);
    });

    it('records every export in the audit log with its report, format, filters and rows', async () => {
      const auditor = await makeUser(ctx.db, ['coordinator']);
      const token = (await login(ctx, auditor)).token;
      await getFile(`/api/reports/dashboard.csv?${qs({ ...SMALL, suppress: 'true' })}`, token);
      await getFile(`/api/reports/dashboard.xlsx?${qs(SMALL)}`, token);
      await getFile(`/api/reports/dashboard.pdf?${qs(SMALL)}`, token);
      await getFile(`/api/reports/enrolments.csv?${qs({ ...SMALL, gender: 'male' })}`, token);
      await getFile(`/api/reports/enrolments.xlsx?${qs(SMALL)}`, token);
      const job = await ctx.http().post('/api/reports/exports').set(bearer(token)).send({ format: 'csv', ...LARGE });
      await waitForJob(ctx, token, job.body.jobId);

      const entries = await exportEntries(auditor.id);
      expect(entries.map((e) => [e.after.report, e.after.format])).toEqual([
        ['dashboard', 'csv'],
        ['dashboard', 'xlsx'],
        ['dashboard', 'pdf'],
        ['enrolments', 'csv'],
        ['enrolments', 'xlsx'],
        ['enrolments', 'csv'],
      ]);
      expect(entries.every((e) => e.entity_type === 'report')).toBe(true);
      expect(entries[0].after).toMatchObject({ filters: SMALL, suppressed: true });
      expect(entries[1].after.suppressed).toBe(false);
      expect(entries[3].after).toEqual({ report: 'enrolments', format: 'csv', filters: { ...SMALL, gender: 'male' }, suppressed: false, rows: await plainCount(SMALL, { gender: 'male' }) });
      expect(entries[4].after.rows).toBe(28);
      expect(entries[5].after).toMatchObject({ rows: LARGE_ROWS, jobId: job.body.jobId });
      expect(entries[5].entity_id).toBe(job.body.jobId);
    }, 90_000);
  });
});
