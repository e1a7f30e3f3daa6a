import {
  addDays, evaluationProblems, INTERNSHIP_PASSING_SCORE, isoWeekday, laPazToday, logbookEntryProblems, MIN_FINAL_REPORT_LENGTH,
  MIN_IMPROVEMENT_PROPOSAL_LENGTH, questionProblems, QUESTION_KINDS, ROLES,
} from '@campus/domain';
import type { DashboardReport, EvaluationVerdict, QuestionKind } from '@campus/domain';
import { DEMO_COURSES } from '../../apps/api/src/database/seed/demo-courses';
import { DEMO_CERTIFIED_COURSES } from '../../apps/api/src/database/seed/demo-certificates';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-data';
import { seedDemoData } from '../../apps/api/src/database/seed/demo-seed';
import { CompletionService } from '../../apps/api/src/modules/learning/completion.service';
import { createTestApp } from '../support/test-app';
import type { TestContext } from '../support/test-app';
import { createSiblingDatabase } from '../support/test-database';

describe('demo data', () => {
  // A database of its own: the demo data must not leak into the other suites' counts.
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(await createSiblingDatabase('seed'));
  });
  afterAll(() => ctx.close());

  it('loads once: a second run (a restart) changes nothing', async () => {
    const counts = async () => {
      const [row] = await ctx.db.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM municipalities)::int AS municipalities,
                (SELECT count(*) FROM agreements)::int AS agreements, (SELECT count(*) FROM courses)::int AS courses,
                (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM cohort_sessions)::int AS sessions,
                (SELECT count(*) FROM quiz_questions)::int AS questions, (SELECT count(*) FROM enrolments)::int AS enrolments,
                (SELECT count(*) FROM internship_calls)::int AS calls, (SELECT count(*) FROM placements)::int AS placements,
                (SELECT count(*) FROM certificates)::int AS certificates`,
      );
      return row;
    };
    const before = await counts();
    expect(await seedDemoData(ctx.db)).toEqual({ seeded: true });
    const after = await counts();
    expect(before).toEqual({
      users: 0, municipalities: 0, agreements: 0, courses: 0, cohorts: 0, sessions: 0, questions: 0, enrolments: 0, calls: 0, placements: 0, certificates: 0,
    });
    expect(after.calls).toBe(2);
    expect(after.courses).toBe(DEMO_COURSES.length);
    expect(after.users).toBe(DEMO_ACCOUNTS.length + 48);
    expect(after.municipalities).toBe(DEMO_MUNICIPALITIES.length);
    expect(after.agreements).toBe(DEMO_MUNICIPALITIES.filter((m) => m.agreement).length);
    expect(await seedDemoData(ctx.db)).toEqual({ seeded: false });
    expect(await counts()).toEqual(after);
  });

  it('has one account per role, all with the demo password, and participants of both genders in several municipalities', async () => {
    const [{ roles }] = await ctx.db.query(`SELECT array_agg(DISTINCT r ORDER BY r) AS roles FROM users, unnest(roles) r WHERE email LIKE '%@demo.egm.bo'`);
    expect([...roles].sort()).toEqual([...ROLES].sort());
    for (const account of DEMO_ACCOUNTS) {
      const response = await ctx.http().post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.user.roles).toEqual(account.roles);
    }
    const genders = await ctx.db.query(
      `SELECT gender, count(*)::int AS n, count(DISTINCT municipality_id)::int AS municipalities FROM users
       WHERE email LIKE '%@demo.egm.bo' AND 'participant' = ANY(roles) GROUP BY gender ORDER BY gender`,
    );
    expect(genders.map((g: { gender: string }) => g.gender)).toEqual(['female', 'male']);
    for (const g of genders) {
      expect(g.n).toBeGreaterThanOrEqual(20);
      expect(g.municipalities).toBeGreaterThanOrEqual(5);
    }
    // The liaison and the participant belong to the same partner municipality.
    const [liaison, participant] = await ctx.db.query(
      `SELECT u.municipality_id, m.is_partner FROM users u JOIN municipalities m ON m.id = u.municipality_id
       WHERE u.email IN ('enlace@demo.egm.bo', 'participante@demo.egm.bo') ORDER BY u.email`,
    );
    expect(liaison.municipality_id).toBe(participant.municipality_id);
    expect(liaison.is_partner).toBe(true);
  });

  describe('demo catalogue', () => {
    const today = laPazToday();

    it('has published courses from the EGM programme, one draft and one archived, with competencies, ODS targets and one prerequisite', async () => {
      const courses = await ctx.db.query(
        `SELECT c.code, c.title, c.status, a.code AS area, s.code AS sub_area, c.sdg_targets, c.search_document <> '' AS indexed,
                (SELECT count(*)::int FROM course_competencies cc WHERE cc.course_id = c.id) AS competencies
           FROM courses c JOIN competency_items a ON a.id = c.area_id LEFT JOIN competency_items s ON s.id = c.sub_area_id ORDER BY c.code`,
      );
      expect(courses.length).toBeGreaterThanOrEqual(8);
      expect(courses.length).toBeLessThanOrEqual(10);
      expect(courses.filter((c: { status: string }) => c.status === 'draft')).toHaveLength(1);
      expect(courses.filter((c: { status: string }) => c.status === 'archived')).toHaveLength(1);
      expect(courses.find((c: { title: string }) => c.title === 'Gestión de Riesgos de Desastres')).toMatchObject({ status: 'published', area: 'A08', sub_area: 'A08.2' });
      for (const title of ['Gestión del Desarrollo Local', 'Finanzas Municipales', 'Transformación Constructiva de Conflictos',
        'Transparencia y Rendición Pública de Cuentas', 'Equidad de género en la gestión municipal', 'Cultura ciudadana: Programa Cebras']) {
        expect(courses.map((c: { title: string }) => c.title)).toContain(title);
      }
      for (const course of courses) {
        expect(course.indexed).toBe(true);
        expect(course.competencies).toBeGreaterThanOrEqual(1);
        expect(course.sdg_targets.length).toBeGreaterThanOrEqual(1);
      }
      const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM course_prerequisites`);
      expect(n).toBe(1);
    });

    it('gives every published course version 1 content: 2–3 modules with pages, https video links and a valid quiz of every kind', async () => {
      const modules = await ctx.db.query(
        `SELECT c.code, count(DISTINCT m.id)::int AS modules,
                count(a.id) FILTER (WHERE a.kind = 'page')::int AS pages,
                count(a.id) FILTER (WHERE a.kind = 'video' AND a.video_url LIKE 'https://www.youtube.com/watch?v=%')::int AS videos,
                count(a.id) FILTER (WHERE a.kind = 'file')::int AS files,
                count(a.id) FILTER (WHERE a.kind = 'quiz')::int AS quizzes
           FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.number = 1
           JOIN course_modules m ON m.version_id = v.id LEFT JOIN course_activities a ON a.module_id = m.id
          WHERE c.status = 'published' GROUP BY c.code`,
      );
      const [{ published }] = await ctx.db.query(`SELECT count(*)::int AS published FROM courses WHERE status = 'published'`);
      expect(modules).toHaveLength(published);
      for (const row of modules) {
        expect(row.modules).toBeGreaterThanOrEqual(2);
        expect(row.modules).toBeLessThanOrEqual(3);
        expect(row.pages).toBe(row.modules);
        expect(row.videos).toBeGreaterThanOrEqual(1);
        expect(row.files).toBe(0);
        expect(row.quizzes).toBe(1);
      }
      const questions: { code: string; kind: QuestionKind; prompt: string; options: { id: string; text: string; correct: boolean }[]; accepted_answers: string[] }[] =
        await ctx.db.query(
          `SELECT c.code, q.kind, q.prompt, q.options, q.accepted_answers FROM quiz_questions q
             JOIN course_activities a ON a.id = q.activity_id JOIN course_modules m ON m.id = a.module_id
             JOIN course_versions v ON v.id = m.version_id JOIN courses c ON c.id = v.course_id WHERE c.status = 'published'`,
        );
      for (const question of questions) {
        expect({ code: question.code, prompt: question.prompt, problems: questionProblems({ ...question, acceptedAnswers: question.accepted_answers }) })
          .toEqual({ code: question.code, prompt: question.prompt, problems: [] });
        if (question.kind === 'true_false') expect(question.options.map((o) => o.text)).toEqual(['Verdadero', 'Falso']);
      }
      for (const row of modules) {
        expect(new Set(questions.filter((q) => q.code === row.code).map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
      }
    });

    it('dates cohorts from the seed day: open ones starting in 2–4 weeks, an upcoming one, past closed ones and a cancelled one', async () => {
      const cohorts = await ctx.db.query(
        `SELECT c.code, c.status AS course_status, co.status, co.capacity, co.venue, co.starts_on::text AS starts_on,
                co.enrolment_opens_on::text AS opens, co.enrolment_closes_on::text AS closes, co.ends_on::text AS ends_on,
                EXISTS (SELECT 1 FROM cohort_facilitators cf JOIN users u ON u.id = cf.user_id
                         WHERE cf.cohort_id = co.id AND u.email = 'facilitador@demo.egm.bo') AS facilitated
           FROM cohorts co JOIN courses c ON c.id = co.course_id`,
      );
      const open = cohorts.filter((c: { status: string; opens: string; closes: string }) => c.status === 'scheduled' && c.opens <= today && today <= c.closes);
      const days = (date: string) => Math.round((Date.parse(date) - Date.parse(today)) / 86400_000);
      expect(open.length).toBeGreaterThanOrEqual(5);
      for (const cohort of open) {
        expect(cohort.course_status).toBe('published');
        expect(days(cohort.starts_on)).toBeGreaterThanOrEqual(14);
        expect(days(cohort.starts_on)).toBeLessThanOrEqual(28);
      }
      expect(cohorts.some((c: { status: string; opens: string }) => c.status === 'scheduled' && c.opens > today)).toBe(true);
      expect(cohorts.some((c: { status: string; ends_on: string }) => c.status === 'closed' && c.ends_on < today)).toBe(true);
      expect(cohorts.some((c: { status: string }) => c.status === 'cancelled')).toBe(true);
      for (const cohort of cohorts) {
        expect(cohort.capacity).toBeGreaterThanOrEqual(25);
        expect(cohort.capacity).toBeLessThanOrEqual(40);
        expect(['Aula EGM 1, Edificio Tobías', 'Aula EGM 2, Edificio Tobías', 'Plataforma virtual']).toContain(cohort.venue);
      }
      expect(cohorts.filter((c: { facilitated: boolean }) => c.facilitated).length).toBeGreaterThanOrEqual(3);
    });

    it('schedules sessions inside their cohort, Monday to Saturday, in La Paz working hours, never on holidays', async () => {
      const sessions = await ctx.db.query(
        `SELECT s.starts_at, s.ends_at, co.starts_on::text AS starts_on, co.ends_on::text AS ends_on
           FROM cohort_sessions s JOIN cohorts co ON co.id = s.cohort_id`,
      );
      expect(sessions.length).toBeGreaterThan(20);
      for (const session of sessions) {
        // La Paz is UTC-4: shift to read the local date and time.
        const local = new Date(new Date(session.starts_at).getTime() - 4 * 3600_000).toISOString();
        const date = local.slice(0, 10);
        expect(local.slice(11, 16) >= '08:00' && local.slice(11, 16) <= '19:00').toBe(true);
        expect([1, 2, 3, 4, 5, 6]).toContain(isoWeekday(date));
        expect(['01-01', '05-01', '08-06', '12-24', '12-25', '12-31']).not.toContain(date.slice(5));
        const hours = (new Date(session.ends_at).getTime() - new Date(session.starts_at).getTime()) / 3600_000;
        expect(hours >= 2 && hours <= 4).toBe(true);
        expect(date >= session.starts_on && date <= session.ends_on).toBe(true);
      }
    });

    it('books neither the demo facilitator nor a classroom twice: no cohort shows a double booking', async () => {
      const { body } = await ctx.http().post('/api/auth/login').send({ email: 'coordinador@demo.egm.bo', password: DEMO_PASSWORD });
      const cohorts: { id: string }[] = await ctx.db.query(`SELECT id FROM cohorts WHERE status <> 'cancelled'`);
      expect(cohorts.length).toBeGreaterThan(10);
      for (const { id } of cohorts) {
        const response = await ctx.http().get(`/api/cohorts/${id}`).set({ Authorization: `Bearer ${body.accessToken}` });
        expect(response.status).toBe(200);
        expect({ id, conflicts: response.body.conflicts }).toEqual({ id, conflicts: [] });
      }
    });

    it('gives past cohorts outcomes that agree with the completion rule, within capacity, with evidence for who passed', async () => {
      const enrolments: { id: string; status: string; cohort_status: string }[] = await ctx.db.query(
        `SELECT e.id, e.status, ch.status AS cohort_status FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id`,
      );
      const closed = enrolments.filter((e) => e.cohort_status === 'closed');
      expect(closed.length).toBeGreaterThanOrEqual(40);
      // Nobody is left pending or in progress in a closed cohort.
      expect(new Set(closed.map((e) => e.status))).toEqual(new Set(['passed', 'failed']));
      const completion = ctx.app.get(CompletionService);
      const checks = await completion.check(ctx.db.manager, closed.map((e) => e.id));
      for (const e of closed) {
        expect({ id: e.id, status: e.status, met: checks.get(e.id)?.check.met }).toEqual({ id: e.id, status: e.status, met: e.status === 'passed' });
      }
      const [{ over }] = await ctx.db.query(
        `SELECT count(*)::int AS over FROM cohorts ch
          WHERE ch.capacity < (SELECT count(*) FROM enrolments e WHERE e.cohort_id = ch.id AND e.status IN ('enrolled', 'in_progress', 'passed', 'failed'))`,
      );
      expect(over).toBe(0);
      const [{ missing }] = await ctx.db.query(
        `SELECT count(*)::int AS missing FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN course_competencies cc ON cc.course_id = ch.course_id
          WHERE e.status = 'passed' AND NOT EXISTS (SELECT 1 FROM competency_records r WHERE r.enrolment_id = e.id AND r.competency_id = cc.competency_id)`,
      );
      expect(missing).toBe(0);
      const [{ unearned }] = await ctx.db.query(
        `SELECT count(*)::int AS unearned FROM competency_records r JOIN enrolments e ON e.id = r.enrolment_id WHERE e.status <> 'passed'`,
      );
      expect(unearned).toBe(0);
    });

    it("gives the demo participant a passed course and one in progress, and the demo liaison requests to endorse", async () => {
      const mine = await ctx.db.query(
        `SELECT c.code, e.status FROM enrolments e JOIN users u ON u.id = e.user_id JOIN cohorts ch ON ch.id = e.cohort_id
           JOIN courses c ON c.id = ch.course_id WHERE u.email = 'participante@demo.egm.bo' ORDER BY c.code`,
      );
      expect(mine).toEqual([{ code: 'FIN-201', status: 'in_progress' }, { code: 'GDL-101', status: 'passed' }]);
      const [{ waiting }] = await ctx.db.query(
        `SELECT count(*)::int AS waiting FROM enrolments e JOIN users u ON u.id = e.user_id JOIN municipalities m ON m.id = u.municipality_id
          WHERE e.status = 'requested' AND m.code = '020105'`,
      );
      expect(waiting).toBeGreaterThanOrEqual(1);
      const [{ endorsed }] = await ctx.db.query(`SELECT count(*)::int AS endorsed FROM enrolments WHERE status = 'endorsed'`);
      expect(endorsed).toBeGreaterThanOrEqual(1);
    });

    it('issues gapless approval certificates to the passed people of the certified past cohorts, the demo participant among them', async () => {
      const rows: { code: string; number: number; year: number; kind: string; status: string; passed: boolean }[] = await ctx.db.query(
        `SELECT c.code, x.number, x.year, x.kind, x.status, e.status = 'passed' AS passed
           FROM certificates x JOIN enrolments e ON e.id = x.enrolment_id JOIN courses c ON c.id = x.course_id ORDER BY x.number`,
      );
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.map((r) => r.number)).toEqual(rows.map((_, index) => index + 1));
      expect(new Set(rows.map((r) => r.code))).toEqual(new Set(DEMO_CERTIFIED_COURSES));
      expect(rows.every((r) => r.passed && r.kind === 'approval' && r.status === 'valid' && r.year === Number(laPazToday().slice(0, 4)))).toBe(true);
      const [{ uncertified }] = await ctx.db.query(
        `SELECT count(*)::int AS uncertified FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
          WHERE e.status = 'passed' AND c.code = ANY($1) AND NOT EXISTS (SELECT 1 FROM certificates x WHERE x.enrolment_id = e.id)`,
        [DEMO_CERTIFIED_COURSES],
      );
      expect(uncertified).toBe(0);
      // One past cohort is left for a coordinator to issue from its page.
      const [{ waiting }] = await ctx.db.query(
        `SELECT count(*)::int AS waiting FROM enrolments e WHERE e.status = 'passed' AND NOT EXISTS (SELECT 1 FROM certificates x WHERE x.enrolment_id = e.id)`,
      );
      expect(waiting).toBeGreaterThan(0);
      // With the internship certificates after them, the year's serials stay gapless.
      const all: { number: number; year: number }[] = await ctx.db.query(`SELECT number, year FROM certificates ORDER BY year, number`);
      expect(all.length).toBeGreaterThan(rows.length);
      expect(all.map((r) => `${r.year}-${r.number}`)).toEqual(all.map((_, index) => `${laPazToday().slice(0, 4)}-${index + 1}`));

      const { body } = await ctx.http().post('/api/auth/login').send({ email: 'participante@demo.egm.bo', password: DEMO_PASSWORD });
      const mine = await ctx.http().get('/api/certificates/mine').set({ Authorization: `Bearer ${body.accessToken}` });
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([expect.objectContaining({ status: 'valid', kind: 'approval', course: expect.objectContaining({ code: 'GDL-101' }) })]);
      const verified = await ctx.http().get(`/api/public/certificates/${mine.body[0].verificationCode}`);
      expect(verified.body).toMatchObject({ status: 'valid', serial: mine.body[0].serial });
    });

    it('has an open internship call with host units, tutors and applications from partner municipalities', async () => {
      const [call] = await ctx.db.query(
        `SELECT id, status, opens_on::text AS opens, closes_on::text AS closes FROM internship_calls WHERE status = 'published'`,
      );
      expect(call.opens <= today && today <= call.closes).toBe(true);
      const units = await ctx.db.query(
        `SELECT h.name, h.places, (SELECT count(*)::int FROM host_unit_competencies c WHERE c.host_unit_id = h.id) AS competencies,
                (SELECT count(*)::int FROM host_unit_tutors t JOIN users u ON u.id = t.user_id WHERE t.host_unit_id = h.id AND u.email = 'tutor@demo.egm.bo') AS demo_tutor
           FROM host_units h WHERE h.call_id = $1`,
        [call.id],
      );
      expect(units.length).toBeGreaterThanOrEqual(4);
      for (const unit of units) expect(unit.competencies).toBeGreaterThanOrEqual(1);
      expect(units.filter((unit: { demo_tutor: number }) => unit.demo_tutor > 0).length).toBeGreaterThanOrEqual(2);
      const applications = await ctx.db.query(
        `SELECT a.endorsement, m.is_partner, m.code, u.email,
                (SELECT count(*)::int FROM application_preferences p WHERE p.application_id = a.id) AS preferences
           FROM internship_applications a JOIN users u ON u.id = a.applicant_id JOIN municipalities m ON m.id = a.municipality_id WHERE a.call_id = $1`,
        [call.id],
      );
      expect(applications.length).toBeGreaterThanOrEqual(8);
      for (const application of applications) {
        expect(application.is_partner).toBe(true);
        expect(application.preferences).toBe(3);
        expect(application.email).not.toBe('participante@demo.egm.bo');
      }
      expect(applications.some((a: { endorsement: string; code: string }) => a.endorsement === 'pending' && a.code === '020105')).toBe(true);
    });

    it('has a past, closed call whose interns went through the whole workflow: plan, validated logbook, report, evaluation', async () => {
      const calls = await ctx.db.query(
        `SELECT id, gestion, opens_on::text AS opens, closes_on::text AS closes FROM internship_calls WHERE status = 'closed'`,
      );
      expect(calls).toHaveLength(1);
      const [call] = calls;
      expect(call.closes < today).toBe(true);
      expect(call.gestion).toBe(Number(call.opens.slice(0, 4)));
      const units = await ctx.db.query(
        `SELECT h.id, h.places, ARRAY(SELECT c.competency_id::text FROM host_unit_competencies c WHERE c.host_unit_id = h.id) AS competencies,
                EXISTS (SELECT 1 FROM host_unit_tutors t JOIN users u ON u.id = t.user_id WHERE t.host_unit_id = h.id AND u.email = 'tutor@demo.egm.bo') AS demo_tutor,
                (SELECT count(*)::int FROM placements p WHERE p.host_unit_id = h.id) AS placed
           FROM host_units h WHERE h.call_id = $1`,
        [call.id],
      );
      expect(units.length).toBeGreaterThanOrEqual(3);
      for (const unit of units) {
        expect(unit.competencies.length).toBeGreaterThanOrEqual(1);
        expect(unit.demo_tutor).toBe(true);
        expect(unit.placed).toBeLessThanOrEqual(unit.places);
      }
      const placements: {
        id: string; status: string; email: string; gender: string; municipality: string; is_partner: boolean; application_status: string;
        endorsement: string; host_unit_id: string; tutor: string; starts_on: string; ends_on: string; confirmed: boolean; plan_agreed: boolean;
        work_plan: string; final_report: string; improvement_proposal: string; report_submitted_at: Date; evaluated_at: Date;
        evaluated_by: string; score: string; evaluation: { levels: { competencyId: string; level: number }[]; verdict: EvaluationVerdict };
      }[] = await ctx.db.query(
        `SELECT p.id, p.status, u.email, u.gender, m.name AS municipality, m.is_partner, a.status AS application_status, a.endorsement,
                p.host_unit_id, t.email AS tutor, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on,
                p.confirmed_at IS NOT NULL AND p.confirmed_at <= p.work_plan_agreed_at AS confirmed, p.work_plan_agreed_at IS NOT NULL AS plan_agreed,
                p.work_plan, p.final_report, p.improvement_proposal, p.report_submitted_at, p.evaluated_at, e.email AS evaluated_by, p.score, p.evaluation
           FROM placements p JOIN internship_applications a ON a.id = p.application_id JOIN users u ON u.id = a.applicant_id
           JOIN municipalities m ON m.id = a.municipality_id LEFT JOIN users t ON t.id = p.tutor_id LEFT JOIN users e ON e.id = p.evaluated_by
          WHERE a.call_id = $1`,
        [call.id],
      );
      expect(placements.length).toBeGreaterThanOrEqual(5);
      expect(placements.filter((p) => p.status === 'not_approved')).toHaveLength(1);
      expect(placements.filter((p) => p.status === 'approved')).toHaveLength(placements.length - 1);
      expect(new Set(placements.map((p) => p.gender))).toEqual(new Set(['female', 'male']));
      expect(new Set(placements.map((p) => p.municipality)).size).toBeGreaterThanOrEqual(3);
      expect(placements.map((p) => p.municipality)).toEqual(expect.arrayContaining(['El Alto', 'Viacha']));
      const byUnit = new Map<string, string[]>(units.map((u: { id: string; competencies: string[] }) => [u.id, u.competencies]));
      for (const p of placements) {
        const unit = byUnit.get(p.host_unit_id) ?? [];
        expect(p).toMatchObject({ is_partner: true, application_status: 'placed', endorsement: 'endorsed', tutor: 'tutor@demo.egm.bo', evaluated_by: 'tutor@demo.egm.bo', confirmed: true, plan_agreed: true });
        expect(['participante@demo.egm.bo', 'enlace@demo.egm.bo']).not.toContain(p.email);
        expect(p.work_plan.length).toBeGreaterThan(0);
        expect(p.final_report.length).toBeGreaterThanOrEqual(MIN_FINAL_REPORT_LENGTH);
        expect(p.improvement_proposal.length).toBeGreaterThanOrEqual(MIN_IMPROVEMENT_PROPOSAL_LENGTH);
        expect(p.ends_on < today).toBe(true);
        expect(new Date(p.report_submitted_at).getTime()).toBeLessThan(new Date(p.evaluated_at).getTime());
        expect(new Date(p.evaluated_at).getTime()).toBeLessThan(Date.now());
        // The rubric the evaluation service would have accepted, with the verdict the status says.
        const verdict = p.status === 'approved' ? 'approved' : 'not_approved';
        expect(p.evaluation.verdict).toBe(verdict);
        expect(evaluationProblems({ levels: p.evaluation.levels, score: Number(p.score), verdict }, unit)).toEqual([]);
        if (verdict === 'not_approved') expect(Number(p.score)).toBeLessThan(INTERNSHIP_PASSING_SCORE);
        // The logbook: working days inside the placement, validated by the tutor before the report.
        const entries: { entry_date: string; hours: string; status: string; reviewer: string; reviewed_at: Date }[] = await ctx.db.query(
          `SELECT le.entry_date::text AS entry_date, le.hours, le.status, u.email AS reviewer, le.reviewed_at
             FROM logbook_entries le LEFT JOIN users u ON u.id = le.reviewed_by WHERE le.placement_id = $1 ORDER BY le.entry_date`,
          [p.id],
        );
        expect(entries.length).toBeGreaterThanOrEqual(5);
        for (const entry of entries) {
          expect(entry).toMatchObject({ status: 'validated', reviewer: 'tutor@demo.egm.bo' });
          expect(logbookEntryProblems({ entryDate: entry.entry_date, hours: Number(entry.hours) }, { today, startsOn: p.starts_on, endsOn: p.ends_on, otherHoursThatDay: 0 })).toEqual([]);
          expect(new Date(entry.reviewed_at).getTime()).toBeLessThan(new Date(p.report_submitted_at).getTime());
        }
        expect(new Set(entries.map((e) => e.entry_date)).size).toBe(entries.length);
      }

      // Approved: competency records for the levels reached and one valid internship certificate for the validated hours.
      const records: { placement_id: string; competency_id: string; level: number; source: string }[] = await ctx.db.query(
        `SELECT r.placement_id, r.competency_id::text AS competency_id, r.level, r.source FROM competency_records r
           JOIN placements p ON p.id = r.placement_id JOIN internship_applications a ON a.id = p.application_id WHERE a.call_id = $1`,
        [call.id],
      );
      for (const p of placements) {
        const reached = p.status === 'approved' ? p.evaluation.levels.filter((l) => l.level >= 1) : [];
        expect(records.filter((r) => r.placement_id === p.id).map((r) => ({ competencyId: r.competency_id, level: r.level, source: r.source })).sort((a, b) => a.competencyId.localeCompare(b.competencyId)))
          .toEqual(reached.map((l) => ({ ...l, source: 'internship' })).sort((a, b) => a.competencyId.localeCompare(b.competencyId)));
      }
      const certificates: { placement_id: string; kind: string; status: string; hours: number; validated: number; verification_code: string; holder: boolean; year: number }[] =
        await ctx.db.query(
          `SELECT x.placement_id, x.kind, x.status, x.hours, x.verification_code, x.year, x.holder_id = a.applicant_id AS holder,
                  (SELECT round(sum(le.hours))::int FROM logbook_entries le WHERE le.placement_id = x.placement_id AND le.status = 'validated') AS validated
             FROM certificates x JOIN placements p ON p.id = x.placement_id JOIN internship_applications a ON a.id = p.application_id WHERE a.call_id = $1`,
          [call.id],
        );
      expect(certificates.map((c) => c.placement_id).sort()).toEqual(placements.filter((p) => p.status === 'approved').map((p) => p.id).sort());
      for (const certificate of certificates) {
        expect(certificate).toMatchObject({ kind: 'internship', status: 'valid', holder: true, hours: certificate.validated, year: Number(today.slice(0, 4)) });
        expect(certificate.hours).toBeGreaterThan(100);
      }
      const verified = await ctx.http().get(`/api/public/certificates/${certificates[0].verification_code}`);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ status: 'valid', kind: 'internship', internship: expect.objectContaining({ hostUnit: expect.any(String) }) });
      const intern = placements.find((p) => p.id === certificates[0].placement_id)?.email;
      const { body: login } = await ctx.http().post('/api/auth/login').send({ email: intern, password: DEMO_PASSWORD });
      const mine = await ctx.http().get('/api/certificates/mine').set({ Authorization: `Bearer ${login.accessToken}` });
      expect(mine.body.filter((c: { kind: string }) => c.kind === 'internship')).toHaveLength(1);
    });

    it('follows up the past proposals: some implemented, some in progress, one not started, and counts them in the dashboard', async () => {
      const latest: { status: string | null; placement_status: string }[] = await ctx.db.query(
        `SELECT p.status AS placement_status,
                (SELECT f.status FROM proposal_follow_ups f WHERE f.placement_id = p.id ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1) AS status
           FROM placements p JOIN internship_applications a ON a.id = p.application_id JOIN internship_calls c ON c.id = a.call_id WHERE c.status = 'closed'`,
      );
      const approved = latest.filter((row) => row.placement_status === 'approved').map((row) => row.status);
      expect(approved.filter((s) => s === 'implemented').length).toBeGreaterThanOrEqual(2);
      expect(approved.filter((s) => s === 'in_progress').length).toBeGreaterThanOrEqual(2);
      expect(approved.filter((s) => s === 'not_started')).toHaveLength(1);
      const [{ early }] = await ctx.db.query(
        `SELECT count(*)::int AS early FROM proposal_follow_ups f JOIN placements p ON p.id = f.placement_id WHERE f.recorded_at <= p.evaluated_at OR f.recorded_at > now()`,
      );
      expect(early).toBe(0);

      // The management dashboard for the last twelve months counts them (the open call has no placements yet).
      const { body } = await ctx.http().post('/api/auth/login').send({ email: 'gerencia@demo.egm.bo', password: DEMO_PASSWORD });
      const response = await ctx.http().get('/api/reports/dashboard').query({ from: addDays(today, -365), to: today })
        .set({ Authorization: `Bearer ${body.accessToken}` });
      expect(response.status).toBe(200);
      const { headline } = response.body as DashboardReport;
      expect(headline.internshipsCompleted).toBe(approved.length);
      expect(headline.internshipsCompleted).toBeGreaterThan(0);
      expect(headline.proposalsProduced).toBe(latest.length);
      expect(headline.proposalsImplemented).toBe(latest.filter((row) => row.status === 'implemented').length);
      expect(headline.proposalsImplemented).toBeGreaterThan(0);
    });

    it('lets the demo participant find the risk management course by typing without accents', async () => {
      const { body } = await ctx.http().post('/api/auth/login').send({ email: 'participante@demo.egm.bo', password: DEMO_PASSWORD });
      const response = await ctx.http().get('/api/catalogue/courses').query({ q: 'gestion de riesgo' }).set({ Authorization: `Bearer ${body.accessToken}` });
      expect(response.status).toBe(200);
      expect(response.body.items[0]).toMatchObject({ code: 'GRD-150', title: 'Gestión de Riesgos de Desastres' });
      expect(response.body.items[0].nextCohort).toMatchObject({ enrolmentOpen: true, seatsLeft: 4 });
      const everything = await ctx.http().get('/api/catalogue/courses').query({ open: false }).set({ Authorization: `Bearer ${body.accessToken}` });
      const [{ published }] = await ctx.db.query(`SELECT count(*)::int AS published FROM courses WHERE status = 'published'`);
      expect(everything.body.total).toBe(published);
    });
  });
});
