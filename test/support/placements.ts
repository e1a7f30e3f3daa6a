import type { DataSource } from 'typeorm';

/** A closed internship call (applications in), inserted directly. */
export const makeCall = async (db: DataSource, title = `Convocatoria ${Math.random().toString(36).slice(2, 8)}`): Promise<string> => {
  const [row] = await db.query(
    `INSERT INTO internship_calls (gestion, title, opens_on, closes_on, status, published_at) VALUES (2026, $1, '2026-01-05', '2026-02-05', 'closed', now()) RETURNING id`,
    [title],
  );
  return row.id;
};

/** A host unit of a call with its places, dates and tutors (in the given order). */
export const makeUnit = async (
  db: DataSource,
  callId: string,
  name: string,
  places: number,
  tutorIds: string[] = [],
  dates: { startsOn: string; endsOn: string } = { startsOn: '2026-03-02', endsOn: '2026-04-10' },
): Promise<string> => {
  const [row] = await db.query(`INSERT INTO host_units (call_id, name, places, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    callId, name, places, dates.startsOn, dates.endsOn,
  ]);
  for (const tutorId of tutorIds) await db.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [row.id, tutorId]);
  return row.id;
};

/** An application with ranked preferences (most wanted first), inserted directly. */
export const makeApplication = async (
  db: DataSource,
  callId: string,
  applicant: { id: string; municipalityId: string | null },
  options: { preferences: string[]; endorsement?: string; priority?: number; submittedAt?: string; status?: string },
): Promise<string> => {
  const [row] = await db.query(
    `INSERT INTO internship_applications (call_id, applicant_id, municipality_id, motivation, endorsement, priority, submitted_at, status)
     VALUES ($1, $2, $3, 'Quiero aprender la práctica para llevarla a mi municipio', $4, $5, $6, $7) RETURNING id`,
    [callId, applicant.id, applicant.municipalityId, options.endorsement ?? 'endorsed', options.priority ?? 0, options.submittedAt ?? new Date().toISOString(), options.status ?? 'submitted'],
  );
  for (const [index, unitId] of options.preferences.entries()) {
    await db.query(`INSERT INTO application_preferences (application_id, rank, host_unit_id) VALUES ($1, $2, $3)`, [row.id, index + 1, unitId]);
  }
  return row.id;
};

/** A placement inserted directly (for follow-ups and reports), with an optional final report and proposal. */
export const insertPlacement = async (
  db: DataSource,
  applicationId: string,
  hostUnitId: string,
  options: { status?: string; proposal?: string | null; tutorId?: string | null } = {},
): Promise<string> => {
  const [row] = await db.query(
    `INSERT INTO placements (application_id, host_unit_id, tutor_id, status, starts_on, ends_on, final_report, improvement_proposal, report_submitted_at)
     VALUES ($1, $2, $3, $4, '2026-03-02', '2026-04-10', $5::text, $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [applicationId, hostUnitId, options.tutorId ?? null, options.status ?? 'confirmed', options.proposal ?? null],
  );
  await db.query(`UPDATE internship_applications SET status = 'placed' WHERE id = $1`, [applicationId]);
  return row.id;
};
