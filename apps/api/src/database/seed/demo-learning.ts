import type { EntityManager } from 'typeorm';

/**
 * Demo learning records, after the demo catalogue: outcomes of the past cohorts (passed and
 * failed participants with their progress, attendance and competency evidence), the demo
 * participant's history (a course passed, one in progress), and requests waiting for the demo
 * liaison's endorsement and for the coordinator's approval. Deterministic; runs once, inside the
 * demo seed's transaction.
 */

/** Past (closed) cohorts that get outcomes, and how many participants each had. */
const PAST_OUTCOMES: { course: string; people: number }[] = [
  { course: 'GDL-101', people: 14 },
  { course: 'GRD-150', people: 16 },
  { course: 'TCC-110', people: 12 },
  { course: 'CEB-140', people: 18 },
];

const DEMO_PARTICIPANT = 'participante@demo.egm.bo';

export const seedDemoLearning = async (manager: EntityManager): Promise<void> => {
  // Gender equity course (online, no endorsement): admitted on request, in arrival order.
  await manager.query(`UPDATE courses SET requires_approval = false WHERE code = 'GEN-130'`);

  const participants: { id: string; email: string; municipality: string | null }[] = await manager.query(
    `SELECT u.id, u.email, m.code AS municipality FROM users u LEFT JOIN municipalities m ON m.id = u.municipality_id
      WHERE u.email LIKE '%@demo.egm.bo' AND 'participant' = ANY(u.roles)
        AND u.email NOT IN ('participante@demo.egm.bo', 'enlace@demo.egm.bo') ORDER BY u.email`,
  );
  const [me] = await manager.query(`SELECT id FROM users WHERE email = $1`, [DEMO_PARTICIPANT]);
  const [coordinator] = await manager.query(`SELECT id FROM users WHERE email = 'coordinador@demo.egm.bo'`);
  const [liaison] = await manager.query(`SELECT id FROM users WHERE email = 'enlace@demo.egm.bo'`);

  // Past cohorts: each person passes, except every fifth, who fails.
  let cursor = 0;
  for (const { course, people } of PAST_OUTCOMES) {
    const [cohort] = await manager.query(
      `SELECT ch.id, ch.starts_on::text AS starts_on, ch.ends_on::text AS ends_on FROM cohorts ch JOIN courses c ON c.id = ch.course_id
        WHERE c.code = $1 AND ch.status = 'closed' ORDER BY ch.starts_on LIMIT 1`,
      [course],
    );
    if (!cohort) continue;
    const outcomes = Array.from({ length: people }, (_, index) => {
      const person = participants[(cursor + index) % participants.length];
      return { userId: person.id, passed: index % 5 !== 4, score: index % 5 !== 4 ? 72 + ((index * 7) % 27) : 38 + ((index * 3) % 20) };
    });
    cursor += people;
    if (course === 'GDL-101' && me) outcomes.push({ userId: me.id, passed: true, score: 88 });
    await insertOutcomes(manager, cohort, outcomes, coordinator?.id ?? null);
  }

  // The demo participant is taking the municipal finance course (online), one page done.
  if (me) {
    const [open] = await manager.query(
      `SELECT ch.id, ch.course_version_id FROM cohorts ch JOIN courses c ON c.id = ch.course_id
        WHERE c.code = 'FIN-201' AND ch.status = 'scheduled' ORDER BY ch.starts_on LIMIT 1`,
    );
    if (open) {
      const activities: { id: string }[] = await manager.query(
        `SELECT a.id FROM course_activities a JOIN course_modules m ON m.id = a.module_id
          WHERE m.version_id = $1 ORDER BY m.position, a.position`,
        [open.course_version_id],
      );
      const [enrolment] = await manager.query(
        `INSERT INTO enrolments (cohort_id, user_id, status, source, requested_at, decided_at, decided_by, endorsed_at, endorsed_by,
           enrolled_at, started_at, last_activity_id)
         VALUES ($1, $2, 'in_progress', 'request', now() - interval '6 days', now() - interval '4 days', $3, now() - interval '5 days', $4,
           now() - interval '4 days', now() - interval '2 days', $5)
         ON CONFLICT ON CONSTRAINT uq_enrolments_cohort_user DO NOTHING RETURNING id`,
        [open.id, me.id, coordinator?.id ?? null, liaison?.id ?? null, activities[1]?.id ?? activities[0]?.id ?? null],
      );
      if (enrolment && activities[0]) {
        await manager.query(
          `INSERT INTO activity_progress (enrolment_id, activity_id, status, time_spent_seconds, started_at, completed_at, updated_at)
           VALUES ($1, $2, 'completed', 1260, now() - interval '2 days', now() - interval '2 days', now() - interval '2 days')`,
          [enrolment.id, activities[0].id],
        );
      }
    }
  }

  // Requests waiting: El Alto officials for the liaison's endorsement, others for the coordinator's approval.
  const fromElAlto = participants.filter((p) => p.municipality === '020105');
  const others = participants.filter((p) => p.municipality !== '020105');
  const pending: { course: string; people: typeof participants; status: 'requested' | 'endorsed' }[] = [
    { course: 'GRD-150', people: fromElAlto.slice(0, 2), status: 'requested' },
    { course: 'TCC-110', people: others.slice(-3), status: 'endorsed' },
  ];
  for (const { course, people, status } of pending) {
    for (const [index, person] of people.entries()) {
      await manager.query(
        `INSERT INTO enrolments (cohort_id, user_id, status, requested_at, endorsed_at, endorsed_by)
         SELECT ch.id, $2, $3::varchar, now() - make_interval(hours => $4::int), CASE WHEN $3::varchar = 'endorsed' THEN now() - interval '1 hour' END,
                CASE WHEN $3::varchar = 'endorsed' THEN $5::uuid END
           FROM cohorts ch JOIN courses c ON c.id = ch.course_id
          WHERE c.code = $1 AND ch.status = 'scheduled' AND ch.parallel = 'A'
            AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.cohort_id = ch.id AND e.user_id = $2)
          ORDER BY ch.starts_on LIMIT 1`,
        [course, person.id, status, 30 - index, liaison?.id ?? null],
      );
    }
  }
  if (liaison && fromElAlto.length > 0) {
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link)
       VALUES ($1, 'enrolment.endorsement_requested', 'Solicitudes de inscripción esperan su aval',
               'Funcionarios de El Alto pidieron plaza en «Gestión de Riesgos de Desastres».', '/inscripciones')`,
      [liaison.id],
    );
  }
};

/** Enrolments of a closed cohort with their outcome, progress, attendance and (when passed) competency evidence. */
const insertOutcomes = async (
  manager: EntityManager,
  cohort: { id: string; starts_on: string; ends_on: string },
  outcomes: { userId: string; passed: boolean; score: number }[],
  coordinatorId: string | null,
) => {
  await manager.query(
    `INSERT INTO enrolments (cohort_id, user_id, status, requested_at, decided_at, decided_by, enrolled_at, started_at, completed_at, final_score)
     SELECT $1, x.user_id, CASE WHEN x.passed THEN 'passed' ELSE 'failed' END,
            $2::date - 30, $2::date - 20, $4, $2::date - 20, $2::date, $3::date, x.score
       FROM jsonb_to_recordset($5::jsonb) AS x(user_id uuid, passed boolean, score numeric)
     ON CONFLICT ON CONSTRAINT uq_enrolments_cohort_user DO NOTHING`,
    [cohort.id, cohort.starts_on, cohort.ends_on, coordinatorId, JSON.stringify(outcomes.map((o) => ({ user_id: o.userId, passed: o.passed, score: o.score })))],
  );
  // Passed: every activity done, the quiz at the final score. Failed: the first half, the quiz at theirs.
  await manager.query(
    `INSERT INTO activity_progress (enrolment_id, activity_id, status, best_score, attempts, time_spent_seconds, started_at, completed_at, updated_at)
     SELECT e.id, a.id,
            CASE WHEN a.kind = 'quiz' THEN CASE WHEN e.status = 'passed' THEN 'completed' ELSE 'failed' END ELSE 'completed' END,
            CASE WHEN a.kind = 'quiz' THEN e.final_score END,
            CASE WHEN a.kind = 'quiz' THEN CASE WHEN e.status = 'passed' THEN 1 ELSE 2 END ELSE 0 END,
            COALESCE(a.estimated_minutes, 15) * 60, $2::date, $2::date + 7, $2::date + 7
       FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id
       JOIN course_modules m ON m.version_id = ch.course_version_id
       JOIN course_activities a ON a.module_id = m.id
      WHERE e.cohort_id = $1 AND (e.status = 'passed' OR m.position <= 1 OR a.kind = 'quiz')`,
    [cohort.id, cohort.starts_on],
  );
  // Attendance: those who passed missed at most one session in eight; the others half of them.
  await manager.query(
    `INSERT INTO attendance (session_id, enrolment_id, status, marked_by, marked_at)
     SELECT s.id, e.id,
            CASE WHEN e.status = 'passed' THEN CASE WHEN s.n % 8 = 0 THEN 'excused' ELSE 'present' END
                 ELSE CASE WHEN s.n % 2 = 0 THEN 'absent' ELSE 'present' END END,
            f.user_id, s.ends_at
       FROM enrolments e
       JOIN (SELECT id, cohort_id, ends_at, row_number() OVER (ORDER BY starts_at) AS n FROM cohort_sessions WHERE cohort_id = $1) s ON s.cohort_id = e.cohort_id
       LEFT JOIN LATERAL (SELECT user_id FROM cohort_facilitators WHERE cohort_id = $1 LIMIT 1) f ON true
      WHERE e.cohort_id = $1`,
    [cohort.id],
  );
  await manager.query(
    `UPDATE enrolments e SET attendance_rate = sub.rate
       FROM (SELECT a.enrolment_id,
                    round(100.0 * count(*) FILTER (WHERE a.status = 'present') / NULLIF(count(*) FILTER (WHERE a.status <> 'excused'), 0), 1) AS rate
               FROM attendance a JOIN enrolments x ON x.id = a.enrolment_id WHERE x.cohort_id = $1 GROUP BY a.enrolment_id) sub
      WHERE e.id = sub.enrolment_id`,
    [cohort.id],
  );
  await manager.query(
    `INSERT INTO competency_records (user_id, competency_id, level, source, enrolment_id, note, awarded_on, awarded_by)
     SELECT e.user_id, cc.competency_id, cc.level, 'course', e.id, 'Curso aprobado: ' || c.title, $2::date, $3
       FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
       JOIN course_competencies cc ON cc.course_id = c.id
      WHERE e.cohort_id = $1 AND e.status = 'passed'`,
    [cohort.id, cohort.ends_on, coordinatorId],
  );
};
