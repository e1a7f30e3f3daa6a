import { randomBytes } from 'node:crypto';
import { DEPARTMENT_NAMES, GENDERS, MODALITIES, PEOPLE_COUNT_FIGURES, SUPPRESSION_THRESHOLD, laPazToday, monthsOf } from '@campus/domain';
import type { Breakdown, BreakdownRow, DashboardReport, Gender, ReportDimension, ReportFigures } from '@campus/domain';
import { createTestApp, frameworkItemId, login, makeCohort, makeCourse, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeCourse, MadeUser, TestContext } from '../support/test-app';
import { bearer, fieldsOf } from '../support/courses';
import { insertPlacement, makeApplication, makeCall, makeUnit } from '../support/placements';
import { createSiblingDatabase } from '../support/test-database';

/**
 * The management dashboard against a plain SQL count of the same data (libs/domain `reports.ts`
 * says what each figure counts). The expected figures below are written independently of the
 * API's SQL builders: subqueries instead of joins, instants in La Paz spelled out.
 */

const FROM = '2025-01-01';
const TO = '2025-12-31';
/** The period as instants: La Paz midnight of the first day to La Paz midnight after the last. */
const START = '2025-01-01T00:00:00-04:00';
const END = '2026-01-01T00:00:00-04:00';

const COUNTED = ['enrolled', 'in_progress', 'passed', 'failed', 'withdrawn'];
/** Statuses given in turn to the enrolments (every status, passes more often). */
const STATUS_CYCLE = ['passed', 'enrolled', 'passed', 'requested', 'in_progress', 'passed', 'waitlisted', 'failed', 'passed', 'rejected', 'withdrawn', 'endorsed', 'passed'];

type Filters = Partial<{ department: string; municipalityId: string; areaId: string; modality: string; courseId: string; gender: string; sdgTarget: string }>;
type Figures = Omit<ReportFigures, 'completionRate'>;
const FIGURES = ['officialsTrained', 'enrolments', 'completions', 'trainingHours', 'certificatesIssued', 'certificatesRevoked', 'internshipsCompleted', 'proposalsProduced', 'proposalsImplemented'] as const;
const ADDITIVE_COURSE_FIGURES = ['enrolments', 'completions', 'trainingHours'] as const;

/** Positional parameters of one expected-figure query. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

describe('management dashboard figures against plain SQL (real PostgreSQL)', () => {
  let ctx: TestContext;
  let managerToken: string;
  let coordinatorToken: string;
  let liaisonToken: string;
  let homelessLiaisonToken: string;
  let participantToken: string;
  let facilitatorToken: string;
  const municipalities: Record<'achocalla' | 'viacha' | 'sacaba' | 'caracollo', string> = { achocalla: '', viacha: '', sacaba: '', caracollo: '' };
  let people: MadeUser[] = [];
  let courses: Record<'a' | 'b' | 'c', MadeCourse>;
  let draftCourse: MadeCourse;
  let areaA01: string;
  let areaA03: string;
  let certificateNumber = 0;

  const dashboard = (token: string, query: Record<string, unknown> = {}) =>
    ctx.http().get('/api/reports/dashboard').query({ from: FROM, to: TO, ...query }).set(bearer(token));

  const insertCertificate = async (c: {
    holderId: string;
    issuedAt: string;
    kind?: string;
    status?: 'valid' | 'revoked';
    enrolmentId?: string | null;
    cohortId?: string | null;
    courseId?: string | null;
    placementId?: string | null;
    supersedesId?: string | null;
  }): Promise<string> => {
    certificateNumber += 1;
    const year = 2024 + (certificateNumber % 3);
    const [row] = await ctx.db.query(
      `INSERT INTO certificates (serial, year, number, verification_code, kind, status, holder_id, enrolment_id, cohort_id, course_id, placement_id,
         hours, snapshot, issued_at, revoked_at, revocation_reason, supersedes_id)
       VALUES ($1, $2, $3, $4, $5, $6::varchar, $7, $8, $9, $10, $11, 40, '{}'::jsonb, $12::timestamptz,
         CASE WHEN $6::varchar = 'revoked' THEN $12::timestamptz + interval '20 days' END, CASE WHEN $6::varchar = 'revoked' THEN 'Nota mal registrada' END, $13)
       RETURNING id`,
      [
        `EGM-${year}-${String(certificateNumber).padStart(6, '0')}`, year, certificateNumber, randomBytes(6).toString('hex').toUpperCase(),
        c.kind ?? 'approval', c.status ?? 'valid', c.holderId, c.enrolmentId ?? null, c.cohortId ?? null, c.courseId ?? null, c.placementId ?? null,
        c.issuedAt, c.supersedesId ?? null,
      ],
    );
    return row.id;
  };

  beforeAll(async () => {
    ctx = await createTestApp(await createSiblingDatabase('reports'));
    const db = ctx.db;
    municipalities.achocalla = (await makeMunicipality(db, { name: 'Achocalla', department: 'LP' })).id;
    municipalities.viacha = (await makeMunicipality(db, { name: 'Viacha', department: 'LP' })).id;
    municipalities.sacaba = (await makeMunicipality(db, { name: 'Sacaba', department: 'CB' })).id;
    municipalities.caracollo = (await makeMunicipality(db, { name: 'Caracollo', department: 'OR' })).id;
    const homes = [municipalities.achocalla, municipalities.viacha, municipalities.sacaba, municipalities.caracollo, null];

    managerToken = (await login(ctx, await makeUser(db, ['manager']))).token;
    coordinatorToken = (await login(ctx, await makeUser(db, ['coordinator']))).token;
    liaisonToken = (await login(ctx, await makeUser(db, ['municipal_liaison'], { municipalityId: municipalities.viacha }))).token;
    homelessLiaisonToken = (await login(ctx, await makeUser(db, ['municipal_liaison']))).token;
    participantToken = (await login(ctx, await makeUser(db, ['participant'], { municipalityId: municipalities.viacha }))).token;
    facilitatorToken = (await login(ctx, await makeUser(db, ['facilitator']))).token;

    // 44 officials: 20 women, 16 men, 4 "other", 4 undisclosed; in four municipalities of three departments, or none.
    const genderOf = (i: number): Gender => (i < 20 ? 'female' : i < 36 ? 'male' : i < 40 ? 'other' : 'undisclosed');
    people = [];
    for (let i = 0; i < 44; i += 1) people.push(await makeUser(db, ['participant'], { gender: genderOf(i), municipalityId: homes[i % 5] }));

    // Courses in two areas with overlapping SDG targets; a draft one that is no filter choice.
    courses = {
      a: await makeCourse(db, { areaCode: 'A01', subAreaCode: null, modality: 'online', workloadHours: 40, sdgTargets: ['16.6', '5.5'] }),
      b: await makeCourse(db, { areaCode: 'A03', subAreaCode: null, modality: 'in_person', workloadHours: 20, sdgTargets: ['16.6', '11.3'] }),
      c: await makeCourse(db, { areaCode: 'A01', subAreaCode: null, modality: 'blended', workloadHours: 60, sdgTargets: ['5.5'] }),
    };
    draftCourse = await makeCourse(db, { status: 'draft', sdgTargets: ['17.17'] });
    areaA01 = await frameworkItemId(db, 'A01');
    areaA03 = await frameworkItemId(db, 'A03');

    // Cohorts inside the period, outside it, and a cancelled one (modality as delivered may differ from the course's).
    const cohortSpecs: { course: MadeCourse; startsOn: string; modality: 'in_person' | 'online' | 'blended'; status?: 'cancelled' | 'closed' }[] = [
      { course: courses.a, startsOn: '2025-03-10', modality: 'online', status: 'closed' },
      { course: courses.a, startsOn: '2025-11-20', modality: 'blended' },
      { course: courses.b, startsOn: '2025-06-01', modality: 'in_person', status: 'closed' },
      { course: courses.c, startsOn: '2025-06-15', modality: 'blended' },
      { course: courses.b, startsOn: '2024-12-15', modality: 'in_person', status: 'closed' },
      { course: courses.c, startsOn: '2026-01-10', modality: 'blended' },
      { course: courses.a, startsOn: '2025-05-05', modality: 'online', status: 'cancelled' },
    ];
    for (const [k, spec] of cohortSpecs.entries()) {
      const endsOn = `${Number(spec.startsOn.slice(0, 4)) + 1}-06-30`;
      const cohort = await makeCohort(db, spec.course, {
        startsOn: spec.startsOn, endsOn, enrolmentOpensOn: '2024-10-01', enrolmentClosesOn: spec.startsOn, modality: spec.modality, status: spec.status ?? 'scheduled', capacity: 100,
      });
      const values: unknown[] = [cohort.id];
      const rows: string[] = [];
      people.forEach((person, i) => {
        if ((i + k) % 3 === 0) return;
        values.push(person.id, STATUS_CYCLE[(i * 7 + k * 5) % STATUS_CYCLE.length]);
        rows.push(`($1, $${values.length - 1}, $${values.length})`);
      });
      const enrolments: { id: string; user_id: string; status: string }[] = await db.query(
        `INSERT INTO enrolments (cohort_id, user_id, status) VALUES ${rows.join(', ')} RETURNING id, user_id, status`,
        values,
      );
      if (spec.status === 'cancelled') continue;
      // A certificate for each pass, a month after the cohort starts (10:00 in La Paz).
      const issued = new Date(Date.parse(`${spec.startsOn}T10:00:00-04:00`) + 30 * 86_400_000).toISOString();
      for (const e of enrolments.filter((row) => row.status === 'passed')) {
        await insertCertificate({ holderId: e.user_id, enrolmentId: e.id, cohortId: cohort.id, courseId: spec.course.id, issuedAt: issued });
      }
    }

    // A corrected certificate: the old one superseded by a new one (counted once); a revoked one (counted, and apart).
    const [first] = await db.query(
      `SELECT ct.id, ct.holder_id, ct.enrolment_id, ct.cohort_id, ct.course_id FROM certificates ct JOIN cohorts c ON c.id = ct.cohort_id
        WHERE c.starts_on = '2025-03-10' ORDER BY ct.number LIMIT 1`,
    );
    const replacement = await insertCertificate({ holderId: first.holder_id, cohortId: first.cohort_id, courseId: first.course_id, issuedAt: '2025-05-02T15:00:00Z', supersedesId: first.id });
    await db.query(`UPDATE certificates SET status = 'superseded', superseded_by_id = $2, superseded_at = '2025-05-02T15:00:00Z' WHERE id = $1`, [first.id, replacement]);
    await db.query(`UPDATE certificates SET enrolment_id = $2 WHERE id = $1`, [replacement, first.enrolment_id]);
    const [second] = await db.query(`SELECT ct.id FROM certificates ct JOIN cohorts c ON c.id = ct.cohort_id WHERE c.starts_on = '2025-06-01' ORDER BY ct.number LIMIT 1`);
    await db.query(`UPDATE certificates SET status = 'revoked', revoked_at = '2025-08-01T12:00:00Z', revocation_reason = 'Nota mal registrada' WHERE id = $1`, [second.id]);
    // Edges of the period in La Paz: 23:30 of the last day counts; 20:30 of the day before the first does not.
    await insertCertificate({ holderId: people[5].id, kind: 'participation', courseId: courses.b.id, cohortId: null, issuedAt: '2026-01-01T03:30:00Z' });
    await insertCertificate({ holderId: people[6].id, kind: 'participation', courseId: courses.b.id, cohortId: null, issuedAt: '2025-01-01T00:30:00Z' });

    // Internships: approved placements in and out of the period, proposals with follow-ups.
    const callId = await makeCall(db);
    const unitId = await makeUnit(db, callId, 'Dirección de Catastro', 20);
    const placement = async (person: MadeUser, facts: { status: string; evaluatedAt?: string; submittedAt?: string; proposal?: string }) => {
      const applicationId = await makeApplication(db, callId, person, { preferences: [unitId] });
      const id = await insertPlacement(db, applicationId, unitId, { status: 'confirmed', proposal: null });
      await db.query(
        `UPDATE placements SET status = $2, evaluated_at = $3, score = CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE 85 END,
           report_submitted_at = $4, final_report = CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'Informe final' END, improvement_proposal = $5
         WHERE id = $1`,
        [id, facts.status, facts.evaluatedAt ?? null, facts.submittedAt ?? null, facts.proposal ?? null],
      );
      return id;
    };
    const followUp = (placementId: string, status: string, recordedAt: string) =>
      db.query(`INSERT INTO proposal_follow_ups (placement_id, status, recorded_at) VALUES ($1, $2, $3)`, [placementId, status, recordedAt]);
    const p1 = await placement(people[0], { status: 'approved', evaluatedAt: '2025-04-10T15:00:00Z', submittedAt: '2025-04-01T15:00:00Z', proposal: 'Ventanilla única' });
    await followUp(p1, 'in_progress', '2025-06-01T12:00:00Z');
    await followUp(p1, 'implemented', '2025-09-01T12:00:00Z');
    const p2 = await placement(people[21], { status: 'approved', evaluatedAt: '2025-08-20T15:00:00Z', submittedAt: '2025-08-10T15:00:00Z', proposal: 'Catastro en línea' });
    await followUp(p2, 'implemented', '2025-09-01T12:00:00Z');
    await followUp(p2, 'not_started', '2025-10-01T12:00:00Z');
    await placement(people[2], { status: 'approved', evaluatedAt: '2026-01-15T15:00:00Z', submittedAt: '2025-12-20T15:00:00Z', proposal: 'Archivo digital' });
    await placement(people[3], { status: 'approved', evaluatedAt: '2024-12-20T15:00:00Z', submittedAt: '2024-12-01T15:00:00Z', proposal: 'Plan vial' });
    await placement(people[36], { status: 'not_approved', evaluatedAt: '2025-05-20T15:00:00Z', submittedAt: '2025-05-10T15:00:00Z', proposal: '   ' });
    const p6 = await placement(people[7], { status: 'report_submitted', submittedAt: '2025-09-01T15:00:00Z', proposal: 'Presupuesto participativo' });
    await followUp(p6, 'implemented', '2025-11-01T12:00:00Z');
    await placement(people[4], { status: 'approved', evaluatedAt: '2026-01-01T03:00:00Z', submittedAt: '2025-12-01T15:00:00Z', proposal: '' });
    // The internship certificate of the first placement: no course, so course filters leave it out.
    await insertCertificate({ holderId: people[0].id, kind: 'internship', placementId: p1, issuedAt: '2025-04-12T15:00:00Z' });
  });
  afterAll(() => ctx.close());

  /** The headline computed with plain SQL over the same data (subqueries, no shared builder). */
  const expectedHeadline = async (f: Filters, scopeMunicipalityId?: string): Promise<Figures> => {
    const person = (p: Params, column: string): string[] => {
      const c: string[] = [];
      if (scopeMunicipalityId) c.push(`${column} IN (SELECT id FROM users WHERE municipality_id = ${p.add(scopeMunicipalityId)})`);
      if (f.municipalityId) c.push(`${column} IN (SELECT id FROM users WHERE municipality_id = ${p.add(f.municipalityId)})`);
      if (f.department) c.push(`${column} IN (SELECT us.id FROM users us, municipalities mu WHERE mu.id = us.municipality_id AND mu.department = ${p.add(f.department)})`);
      if (f.gender) c.push(`${column} IN (SELECT id FROM users WHERE gender = ${p.add(f.gender)})`);
      return c;
    };
    const course = (p: Params, cohortColumn: string, courseColumn: string): string[] => {
      const c: string[] = [];
      if (f.areaId) c.push(`${courseColumn} IN (SELECT id FROM courses WHERE area_id = ${p.add(f.areaId)})`);
      if (f.modality) c.push(`${cohortColumn} IN (SELECT id FROM cohorts WHERE modality = ${p.add(f.modality)})`);
      if (f.courseId) c.push(`${courseColumn} = ${p.add(f.courseId)}`);
      if (f.sdgTarget) c.push(`${courseColumn} IN (SELECT id FROM courses WHERE ${p.add(f.sdgTarget)} = ANY (sdg_targets))`);
      return c;
    };
    const and = (conditions: string[]) => conditions.map((c) => ` AND ${c}`).join('');

    const pe = new Params();
    const [enrolments] = await ctx.db.query(
      `SELECT count(*)::int AS enrolments,
              count(*) FILTER (WHERE e.status = 'passed')::int AS completions,
              coalesce(sum(co.workload_hours) FILTER (WHERE e.status = 'passed'), 0)::int AS hours,
              count(DISTINCT e.user_id) FILTER (WHERE e.status = 'passed')::int AS officials
         FROM enrolments e, cohorts c, courses co
        WHERE c.id = e.cohort_id AND co.id = c.course_id
          AND c.starts_on >= ${pe.add(FROM)}::date AND c.starts_on <= ${pe.add(TO)}::date AND c.status IN ('scheduled', 'closed')
          AND e.status IN (${COUNTED.map((s) => pe.add(s)).join(', ')})
          ${and([...person(pe, 'e.user_id'), ...course(pe, 'c.id', 'co.id')])}`,
      pe.values,
    );
    const pc = new Params();
    const [certificates] = await ctx.db.query(
      `SELECT count(*)::int AS issued, count(*) FILTER (WHERE ct.status = 'revoked')::int AS revoked
         FROM certificates ct
        WHERE ct.issued_at >= ${pc.add(START)}::timestamptz AND ct.issued_at < ${pc.add(END)}::timestamptz AND ct.status IN ('valid', 'revoked')
          ${and([...person(pc, 'ct.holder_id'), ...course(pc, 'ct.cohort_id', 'ct.course_id')])}`,
      pc.values,
    );
    const courseFilter = !!(f.areaId || f.modality || f.courseId || f.sdgTarget);
    let internships: { completed: number; produced: number; implemented: number } | null = null;
    if (!courseFilter) {
      const pi = new Params();
      const start = pi.add(START);
      const end = pi.add(END);
      const applicant = and(person(pi, `(SELECT applicant_id FROM internship_applications WHERE id = p.application_id)`));
      const latest = `(SELECT f.status FROM proposal_follow_ups f WHERE f.placement_id = p.id ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1)`;
      const produced = `p.report_submitted_at >= ${start}::timestamptz AND p.report_submitted_at < ${end}::timestamptz AND length(trim(coalesce(p.improvement_proposal, ''))) > 0`;
      [internships] = await ctx.db.query(
        `SELECT (SELECT count(*)::int FROM placements p WHERE p.status = 'approved' AND p.evaluated_at >= ${start}::timestamptz AND p.evaluated_at < ${end}::timestamptz ${applicant}) AS completed,
                (SELECT count(*)::int FROM placements p WHERE ${produced} ${applicant}) AS produced,
                (SELECT count(*)::int FROM placements p WHERE ${produced} AND ${latest} = 'implemented' ${applicant}) AS implemented`,
        pi.values,
      );
    }
    return {
      officialsTrained: enrolments.officials,
      enrolments: enrolments.enrolments,
      completions: enrolments.completions,
      trainingHours: enrolments.hours,
      certificatesIssued: certificates.issued,
      certificatesRevoked: certificates.revoked,
      internshipsCompleted: internships?.completed ?? null,
      proposalsProduced: internships?.produced ?? null,
      proposalsImplemented: internships?.implemented ?? null,
    };
  };

  const breakdownOf = (report: DashboardReport, dimension: ReportDimension): Breakdown => {
    const found = report.breakdowns.find((b) => b.dimension === dimension);
    if (!found) throw new Error(`no ${dimension} breakdown`);
    return found;
  };
  const sumOf = (rows: { [key: string]: unknown }[], figure: string): number | null =>
    rows.some((row) => row[figure] === null) ? null : rows.reduce((sum, row) => sum + (row[figure] as number), 0);

  const CASES: [string, () => Filters][] = [
    ['sin filtro', () => ({})],
    ['departamento', () => ({ department: 'LP' })],
    ['municipio', () => ({ municipalityId: municipalities.sacaba })],
    ['área', () => ({ areaId: areaA01 })],
    ['modalidad', () => ({ modality: 'blended' })],
    ['curso', () => ({ courseId: courses.b.id })],
    ['género', () => ({ gender: 'male' })],
    ['meta ODS', () => ({ sdgTarget: '5.5' })],
    ['varios filtros', () => ({ department: 'LP', gender: 'female', areaId: areaA01 })],
  ];

  it.each(CASES)('headline equals plain SQL and breakdowns add up (%s)', async (_name, filtersOf) => {
    const filters = filtersOf();
    const response = await dashboard(managerToken, filters);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const report = response.body as DashboardReport;
    const expected = await expectedHeadline(filters);
    // The data exercises the filter: something is counted, and not everything.
    expect(expected.enrolments).toBeGreaterThan(0);
    expect(expected.completions).toBeGreaterThan(0);
    if (Object.keys(filters).length > 0) expect(expected.enrolments).toBeLessThan((await expectedHeadline({})).enrolments);

    expect(report.filters).toEqual({ from: FROM, to: TO, ...filters });
    expect(report.scope).toEqual({ kind: 'everyone' });
    expect(report.suppressed).toBe(false);
    const { completionRate, ...figures } = report.headline;
    expect(figures).toEqual(expected);
    expect(completionRate).toBeCloseTo(expected.completions / expected.enrolments, 10);

    for (const dimension of ['gender', 'department', 'municipality'] as const) {
      const breakdown = breakdownOf(report, dimension);
      expect(breakdown.additive).toBe(true);
      for (const figure of FIGURES) expect([dimension, figure, sumOf(breakdown.rows, figure)]).toEqual([dimension, figure, report.headline[figure]]);
    }
    for (const dimension of ['area', 'modality'] as const) {
      const breakdown = breakdownOf(report, dimension);
      expect(breakdown.additive).toBe(true);
      for (const figure of ADDITIVE_COURSE_FIGURES) expect([dimension, figure, sumOf(breakdown.rows, figure)]).toEqual([dimension, figure, report.headline[figure]]);
      for (const row of breakdown.rows) expect(row.internshipsCompleted).toBeNull();
    }
    expect(breakdownOf(report, 'sdg').additive).toBe(false);

    expect(report.monthly.map((m) => m.month)).toEqual(monthsOf(FROM, TO));
    for (const figure of ['enrolments', 'completions', 'trainingHours', 'certificatesIssued', 'internshipsCompleted'] as const) {
      expect([figure, sumOf(report.monthly as unknown as Record<string, unknown>[], figure)]).toEqual([figure, report.headline[figure]]);
    }
    expect(report.heatmap.cells.reduce((sum, cell) => sum + cell.completions, 0)).toBe(report.headline.completions);
  });

  it('counts what the definitions say, by hand: superseded once, revoked apart, La Paz edges, proposals by latest follow-up', async () => {
    const report = (await dashboard(managerToken)).body as DashboardReport;
    expect(report.headline.certificatesRevoked).toBe(1);
    // Placements approved and evaluated in 2025 (La Paz): p1, p2 and p7 (23:00 of 31 December).
    expect(report.headline.internshipsCompleted).toBe(3);
    // Final reports with a proposal submitted in 2025: p1, p2, p3 (its evaluation is in 2026) and p6; blank ones are none.
    expect(report.headline.proposalsProduced).toBe(4);
    // Latest follow-up implemented: p1 and p6 (p2 went back to not started).
    expect(report.headline.proposalsImplemented).toBe(2);
    // Certificates issued in 2025 (La Paz): one for each pass of the cohorts starting from 2024-12-15 to 2025-11-20 (issued a month
    // later; the superseded one replaced by another, so still one), the one of 31 December 23:30 and the internship certificate
    // (not the one of 31 December 2024 20:30, nor those of the 2026 cohort).
    const [{ passed }] = await ctx.db.query(
      `SELECT count(*)::int AS passed FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
        WHERE e.status = 'passed' AND c.status <> 'cancelled' AND c.starts_on BETWEEN '2024-12-15' AND '2025-12-31'`,
    );
    expect(passed).toBeGreaterThan(0);
    expect(report.headline.certificatesIssued).toBe(passed + 2);
    // Requests, waitlist, rejections and endorsements exist but are not enrolments.
    const [{ uncounted }] = await ctx.db.query(`SELECT count(DISTINCT status)::int AS uncounted FROM enrolments WHERE status IN ('requested', 'waitlisted', 'rejected', 'endorsed')`);
    expect(uncounted).toBe(4);
  });

  it('labels the breakdowns in Spanish, in natural order for gender and modality', async () => {
    const report = (await dashboard(managerToken)).body as DashboardReport;
    const gender = breakdownOf(report, 'gender');
    expect(gender.rows.map((r) => [r.key, r.label])).toEqual([
      ['female', 'Femenino'], ['male', 'Masculino'], ['other', 'Otro'], ['undisclosed', 'Prefiere no decir'],
    ]);
    expect(breakdownOf(report, 'modality').rows.map((r) => [r.key, r.label])).toEqual([
      ['in_person', 'Presencial'], ['online', 'Virtual'], ['blended', 'Semipresencial'],
    ]);
    expect(GENDERS).toHaveLength(4);
    expect(MODALITIES).toHaveLength(3);
    const municipality = breakdownOf(report, 'municipality');
    expect(municipality.rows.map((r) => r.label).sort()).toEqual(['Achocalla', 'Caracollo', 'Sacaba', 'Sin municipio', 'Viacha']);
    expect(municipality.rows.find((r) => r.key === null)?.label).toBe('Sin municipio');
    expect(municipality.rows.at(-1)?.key).toBeNull();
    const known = municipality.rows.filter((r) => r.key !== null).map((r) => r.enrolments as number);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    const department = breakdownOf(report, 'department');
    expect(department.rows.map((r) => [r.key, r.label])).toEqual(expect.arrayContaining([['LP', DEPARTMENT_NAMES.LP], ['CB', 'Cochabamba'], ['OR', DEPARTMENT_NAMES.OR], [null, 'Sin departamento']]));
    const area = breakdownOf(report, 'area');
    const [{ name: a01Name }] = await ctx.db.query(`SELECT name FROM competency_items WHERE id = $1`, [areaA01]);
    expect(area.rows.map((r) => r.key).sort()).toEqual([areaA01, areaA03].sort());
    expect(area.rows.find((r) => r.key === areaA01)?.label).toBe(a01Name);
  });

  it('breaks down by SDG target as a plain SQL count over each target, not adding up', async () => {
    const report = (await dashboard(managerToken)).body as DashboardReport;
    const expected: { target: string; enrolments: number; completions: number; hours: number; officials: number }[] = await ctx.db.query(
      `SELECT t AS target, count(*)::int AS enrolments, count(*) FILTER (WHERE e.status = 'passed')::int AS completions,
              coalesce(sum(co.workload_hours) FILTER (WHERE e.status = 'passed'), 0)::int AS hours,
              count(DISTINCT e.user_id) FILTER (WHERE e.status = 'passed')::int AS officials
         FROM enrolments e, cohorts c, courses co, unnest(co.sdg_targets) AS t
        WHERE c.id = e.cohort_id AND co.id = c.course_id AND c.starts_on BETWEEN $1 AND $2 AND c.status <> 'cancelled'
          AND e.status = ANY ($3) GROUP BY t ORDER BY t`,
      [FROM, TO, COUNTED],
    );
    const [certificates] = await ctx.db.query(
      `SELECT count(*)::int AS issued FROM certificates ct WHERE ct.issued_at >= $1 AND ct.issued_at < $2 AND ct.status <> 'superseded'
          AND ct.course_id IN (SELECT id FROM courses WHERE '16.6' = ANY (sdg_targets))`,
      [START, END],
    );
    const sdg = breakdownOf(report, 'sdg');
    expect(sdg.rows.map((r) => [r.key, r.enrolments, r.completions, r.trainingHours, r.officialsTrained]).sort())
      .toEqual(expected.map((e) => [e.target, e.enrolments, e.completions, e.hours, e.officials]).sort());
    expect(sdg.rows.find((r) => r.key === '16.6')).toMatchObject({ label: 'Meta ODS 16.6', certificatesIssued: certificates.issued, internshipsCompleted: null });
    expect(sumOf(sdg.rows, 'enrolments')).toBeGreaterThan(report.headline.enrolments);
  });

  it('gives a trend row for every month with course figures by cohort start month', async () => {
    const report = (await dashboard(managerToken, { from: '2024-12-01', to: '2025-07-31' })).body as DashboardReport;
    expect(report.monthly.map((m) => m.month)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
    const expected: { month: string; enrolments: number }[] = await ctx.db.query(
      `SELECT to_char(c.starts_on, 'YYYY-MM') AS month, count(*)::int AS enrolments FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
        WHERE c.starts_on BETWEEN '2024-12-01' AND '2025-07-31' AND c.status <> 'cancelled' AND e.status = ANY ($1) GROUP BY 1`,
      [COUNTED],
    );
    for (const row of report.monthly) expect([row.month, row.enrolments]).toEqual([row.month, expected.find((e) => e.month === row.month)?.enrolments ?? 0]);
    expect(report.monthly.find((m) => m.month === '2025-02')).toMatchObject({ enrolments: 0, completions: 0, trainingHours: 0 });
    expect(report.monthly.find((m) => m.month === '2025-04')?.internshipsCompleted).toBe(1);
  });

  it('fills the municipality × area heatmap with the non-empty cells of plain SQL', async () => {
    const report = (await dashboard(managerToken)).body as DashboardReport;
    const expected: { municipality_id: string | null; area_id: string; completions: number; officials: number }[] = await ctx.db.query(
      `SELECT u.municipality_id, co.area_id, count(*)::int AS completions, count(DISTINCT e.user_id)::int AS officials
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN courses co ON co.id = c.course_id JOIN users u ON u.id = e.user_id
        WHERE c.starts_on BETWEEN $1 AND $2 AND c.status <> 'cancelled' AND e.status = 'passed' GROUP BY 1, 2`,
      [FROM, TO],
    );
    const key = (m: string | null, a: string) => `${m ?? '-'}:${a}`;
    expect(report.heatmap.cells.map((c) => [key(c.municipalityId, c.areaId), c.completions, c.officialsTrained]).sort())
      .toEqual(expected.map((e) => [key(e.municipality_id, e.area_id), e.completions, e.officials]).sort());
    expect(report.heatmap.areas.map((a) => a.code)).toEqual(['A01', 'A03']);
    expect(report.heatmap.municipalities.at(-1)).toEqual({ id: null, name: 'Sin municipio', department: null });
    expect(report.heatmap.municipalities.find((m) => m.id === municipalities.sacaba)).toEqual({ id: municipalities.sacaba, name: 'Sacaba', department: 'CB' });
  });

  it('with suppression, hides gender cells of 1 to 4 people and leaves 0 and 5 or more', async () => {
    const plain = breakdownOf((await dashboard(managerToken)).body, 'gender');
    const response = await dashboard(managerToken, { suppress: 'true' });
    expect(response.status).toBe(200);
    expect(response.body.suppressed).toBe(true);
    const suppressed = breakdownOf(response.body, 'gender');
    const seen = { small: 0, zero: 0, large: 0 };
    for (const [index, row] of plain.rows.entries()) {
      const after = suppressed.rows[index] as BreakdownRow;
      expect(after.key).toBe(row.key);
      for (const figure of PEOPLE_COUNT_FIGURES) {
        const value = row[figure];
        if (value === null) continue;
        if (value > 0 && value < SUPPRESSION_THRESHOLD) {
          seen.small += 1;
          expect([row.key, figure, after[figure]]).toEqual([row.key, figure, null]);
          expect(after.suppressed).toBe(true);
        } else {
          seen[value === 0 ? 'zero' : 'large'] += 1;
          expect([row.key, figure, after[figure]]).toEqual([row.key, figure, value]);
        }
      }
    }
    // The data has all three kinds of cell, so this test can fail.
    expect(seen.small).toBeGreaterThan(0);
    expect(seen.zero).toBeGreaterThan(0);
    expect(seen.large).toBeGreaterThan(0);
    // Other breakdowns and the headline are untouched.
    expect(breakdownOf(response.body, 'municipality')).toEqual(breakdownOf((await dashboard(managerToken)).body, 'municipality'));
  });

  it('shows a liaison only their own municipality and refuses another', async () => {
    const response = await dashboard(liaisonToken);
    expect(response.status).toBe(200);
    const report = response.body as DashboardReport;
    expect(report.scope).toEqual({ kind: 'municipality', municipalityId: municipalities.viacha, municipalityName: 'Viacha' });
    const { completionRate: _rate, ...figures } = report.headline;
    const expected = await expectedHeadline({}, municipalities.viacha);
    expect(expected.enrolments).toBeGreaterThan(0);
    expect(figures).toEqual(expected);
    expect(breakdownOf(report, 'municipality').rows.map((r) => r.key)).toEqual([municipalities.viacha]);
    expect(report.heatmap.municipalities.map((m) => m.id)).toEqual([municipalities.viacha]);

    const own = await dashboard(liaisonToken, { municipalityId: municipalities.viacha, gender: 'male' });
    expect(own.status).toBe(200);
    const { completionRate: _ownRate, ...ownFigures } = own.body.headline;
    expect(ownFigures).toEqual(await expectedHeadline({ gender: 'male' }, municipalities.viacha));

    const other = await dashboard(liaisonToken, { municipalityId: municipalities.sacaba });
    expect(other.status).toBe(403);
    expect(fieldsOf(other.body)).toEqual(['municipalityId']);

    const homeless = await dashboard(homelessLiaisonToken);
    expect(homeless.status).toBe(403);
    expect(homeless.body.code).toBe('REPORTS_NO_MUNICIPALITY');
  });

  it('lets managers, coordinators and liaisons in, and refuses participants and facilitators', async () => {
    expect((await dashboard(coordinatorToken)).status).toBe(200);
    expect((await dashboard(participantToken)).status).toBe(403);
    expect((await dashboard(facilitatorToken)).status).toBe(403);
    expect((await ctx.http().get('/api/reports/options').set(bearer(participantToken))).status).toBe(403);
    expect((await ctx.http().get('/api/reports/dashboard').query({ from: FROM, to: TO })).status).toBe(401);
  });

  it('refuses a bad period or filter with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2025-13-01' }, 'from'],
      [{ from: 'ayer' }, 'from'],
      [{ to: '2025-02-30' }, 'to'],
      [{ from: '2025-06-01', to: '2025-05-31' }, 'to'],
      [{ from: '2010-01-01', to: '2025-01-01' }, 'to'],
      [{ gender: 'desconocido' }, 'gender'],
      [{ modality: 'a_distancia' }, 'modality'],
      [{ municipalityId: 'no-es-un-id' }, 'municipalityId'],
      [{ sdgTarget: '99.9' }, 'sdgTarget'],
    ];
    for (const [query, field] of cases) {
      const response = await dashboard(managerToken, query);
      expect([query, response.status, fieldsOf(response.body)]).toEqual([query, 400, [field]]);
      expect(response.body.errors[0].message).toMatch(/[a-záéíóúñ]/i);
    }
    const missing = await ctx.http().get('/api/reports/dashboard').set(bearer(managerToken));
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body).sort()).toEqual(['from', 'to']);
  });

  it('offers the filter choices within the viewer scope, and this year so far as the default period', async () => {
    const response = await ctx.http().get('/api/reports/options').set(bearer(managerToken));
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const today = laPazToday();
    expect(response.body.scope).toEqual({ kind: 'everyone' });
    expect(response.body.defaultPeriod).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today });
    expect(response.body.departments).toHaveLength(9);
    expect(response.body.departments[0]).toEqual({ code: 'LP', name: 'La Paz' });
    expect(response.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Achocalla', 'Caracollo', 'Sacaba', 'Viacha']);
    expect(response.body.areas).toHaveLength(12);
    expect(response.body.areas[0]).toMatchObject({ id: areaA01, code: 'A01' });
    const courseIds = response.body.courses.map((c: { id: string }) => c.id);
    expect(courseIds).toEqual(expect.arrayContaining([courses.a.id, courses.b.id, courses.c.id]));
    expect(courseIds).not.toContain(draftCourse.id);
    expect(response.body.courses.find((c: { id: string }) => c.id === courses.b.id)).toMatchObject({ code: courses.b.code, areaId: areaA03 });
    expect(response.body.sdgTargets).toEqual(['5.5', '11.3', '16.6']);

    const liaison = await ctx.http().get('/api/reports/options').set(bearer(liaisonToken));
    expect(liaison.status).toBe(200);
    expect(liaison.body.scope).toEqual({ kind: 'municipality', municipalityId: municipalities.viacha, municipalityName: 'Viacha' });
    expect(liaison.body.municipalities).toEqual([{ id: municipalities.viacha, name: 'Viacha', department: 'LP' }]);
    expect(liaison.body.departments).toEqual([{ code: 'LP', name: 'La Paz' }]);
  });
});
