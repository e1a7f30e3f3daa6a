/**
 * The SQL of "my learning" (the list, where to resume, the completion facts), free of Nest and
 * TypeORM: the services run it, and the reports benchmark's bare server runs the very same text.
 */

/** An enrolment with its cohort and course, as the learning views read it (add WHERE / ORDER BY). */
export const ENROLMENT_SELECT = `
  SELECT e.id, e.user_id, e.status, e.last_activity_id, e.final_score, e.attendance_rate,
         ch.id AS cohort_id, ch.course_version_id, ch.gestion, ch.edition, ch.parallel, ch.starts_on::text AS starts_on,
         ch.ends_on::text AS ends_on, ch.modality, ch.status AS cohort_status,
         c.id AS course_id, c.code AS course_code, c.title AS course_title, c.passing_score, c.min_attendance
    FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id`;

/** A person's enrolments, newest cohort first (`$1` = user id). */
export const MY_ENROLMENTS_SQL = `${ENROLMENT_SELECT} WHERE e.user_id = $1 ORDER BY ch.starts_on DESC, c.title, e.created_at DESC`;

/** Where each enrolment resumes: its first activity not completed, in course order (`$1` = enrolment ids). */
export const FIRST_OPEN_ACTIVITY_SQL = `
  SELECT e.id,
         (SELECT a.id FROM course_modules m JOIN course_activities a ON a.module_id = m.id
            LEFT JOIN activity_progress p ON p.enrolment_id = e.id AND p.activity_id = a.id
           WHERE m.version_id = ch.course_version_id
           ORDER BY COALESCE(p.status = 'completed', false), m.position, a.position LIMIT 1) AS first_open
    FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id WHERE e.id = ANY($1::uuid[])`;

/** The facts the completion rule weighs, per enrolment (`$1` = enrolment ids). */
export const COMPLETION_FACTS_SQL = `
  SELECT e.id AS enrolment_id, e.user_id, e.status, e.cohort_id, ch.modality, c.passing_score, c.min_attendance,
         c.id AS course_id, c.title AS course_title, c.certificate_kind, e.facilitator_grade,
         (SELECT count(*)::int FROM course_activities a JOIN course_modules m ON m.id = a.module_id
            WHERE m.version_id = ch.course_version_id AND a.required) AS required_activities,
         (SELECT count(*)::int FROM activity_progress p JOIN course_activities a ON a.id = p.activity_id
            JOIN course_modules m ON m.id = a.module_id
            WHERE p.enrolment_id = e.id AND m.version_id = ch.course_version_id AND a.required AND p.status = 'completed') AS required_done,
         ARRAY(SELECT p.best_score FROM course_activities a JOIN course_modules m ON m.id = a.module_id
            LEFT JOIN activity_progress p ON p.activity_id = a.id AND p.enrolment_id = e.id
            WHERE m.version_id = ch.course_version_id AND a.kind = 'quiz' ORDER BY m.position, a.position) AS graded_scores,
         (SELECT count(*)::int FROM cohort_sessions s WHERE s.cohort_id = ch.id) AS sessions,
         (SELECT count(*)::int FROM attendance at WHERE at.enrolment_id = e.id AND at.status = 'present') AS present,
         (SELECT count(*)::int FROM attendance at WHERE at.enrolment_id = e.id AND at.status = 'excused') AS excused
    FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
   WHERE e.id = ANY($1::uuid[])`;
