import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { cohortLabel, earnedCertificateKind, MODALITIES_WITH_ATTENDANCE } from '@campus/domain';
import type {
  CertificateKind,
  CertificateSnapshot,
  CourseCertificateKind,
  EnrolmentStatus,
  Modality,
} from '@campus/domain';

export interface LockedEnrolment {
  id: string;
  userId: string;
  status: EnrolmentStatus;
  cohortId: string;
}

/** What a certificate of an enrolment (or of an internship placement) certifies, read from the current data. */
export interface EnrolmentCertificateFacts {
  holderId: string;
  /** Null for internship certificates. */
  cohortId: string | null;
  /** Null for internship certificates. */
  courseId: string | null;
  hours: number;
  snapshot: Omit<CertificateSnapshot, 'signatories' | 'issuer'>;
}

interface FactsRow {
  user_id: string;
  first_names: string;
  last_names: string;
  national_id_number: string;
  national_id_complement: string | null;
  national_id_issued_in: string | null;
  municipality: string | null;
  course_id: string;
  course_code: string;
  course_title: string;
  course_modality: string;
  area: string | null;
  workload_hours: number;
  cohort_id: string;
  gestion: number;
  edition: number;
  parallel: string;
  starts_on: string;
  ends_on: string;
  final_score: string | null;
  attendance_rate: string | null;
  competencies: { code: string; name: string; level: number }[];
}

/** `4821206-1B LP`: the national ID as printed. */
const fullNationalId = (
  row: Pick<FactsRow, 'national_id_number' | 'national_id_complement' | 'national_id_issued_in'>,
) =>
  [
    row.national_id_complement
      ? `${row.national_id_number}-${row.national_id_complement}`
      : row.national_id_number,
    row.national_id_issued_in ?? '',
  ]
    .filter(Boolean)
    .join(' ');

const toNumber = (value: string | null) => (value === null ? null : Number(value));

/** The holder as the snapshot keeps them: full name, national ID (whole, and in parts for masking) and municipality. */
const holderSnapshot = (
  row: Pick<
    FactsRow,
    | 'first_names'
    | 'last_names'
    | 'municipality'
    | 'national_id_number'
    | 'national_id_complement'
    | 'national_id_issued_in'
  >,
): CertificateSnapshot['holder'] => ({
  fullName: `${row.first_names} ${row.last_names}`,
  nationalId: fullNationalId(row),
  municipality: row.municipality,
  nationalIdNumber: row.national_id_number,
  nationalIdComplement: row.national_id_complement,
  nationalIdIssuedIn: row.national_id_issued_in,
});

/** The queries of certificates that span several tables (enrolment facts, serials, eligibility). */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks an enrolment row for the rest of the transaction: issuing for it is serialised. */
  async lockEnrolment(
    manager: EntityManager,
    enrolmentId: string,
  ): Promise<LockedEnrolment | null> {
    const [row] = await manager.query(
      `SELECT id, user_id, status, cohort_id FROM enrolments WHERE id = $1 FOR UPDATE`,
      [enrolmentId],
    );
    return row
      ? { id: row.id, userId: row.user_id, status: row.status, cohortId: row.cohort_id }
      : null;
  }

  /** Locks a placement row for the rest of the transaction: issuing and reissuing its internship certificate are serialised. */
  async lockPlacement(
    manager: EntityManager,
    placementId: string,
  ): Promise<{ id: string; status: string } | null> {
    const [row]: { id: string; status: string }[] = await manager.query(
      `SELECT id, status FROM placements WHERE id = $1 FOR UPDATE`,
      [placementId],
    );
    return row ?? null;
  }

  /**
   * The next number of the year: the counter row stays locked until the transaction ends, so
   * numbers are handed out one at a time and a rolled-back issue gives its number back (gapless).
   */
  async nextSerialNumber(manager: EntityManager, year: number): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO certificate_serials (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = certificate_serials.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return row.last_number;
  }

  async verificationCodeTaken(manager: EntityManager, code: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM certificates WHERE verification_code = $1) AS taken`,
      [code],
    );
    return row.taken;
  }

  /** Holder, course, cohort, scores and competencies of an enrolment as they are now. */
  async enrolmentFacts(
    manager: EntityManager,
    enrolmentId: string,
  ): Promise<EnrolmentCertificateFacts | null> {
    const [row]: FactsRow[] = await manager.query(
      `SELECT u.id AS user_id, u.first_names, u.last_names, u.national_id_number, u.national_id_complement, u.national_id_issued_in,
              m.name AS municipality, c.id AS course_id, c.code AS course_code, c.title AS course_title, c.modality AS course_modality,
              area.name AS area, c.workload_hours, ch.id AS cohort_id, ch.gestion, ch.edition, ch.parallel,
              to_char(ch.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ch.ends_on, 'YYYY-MM-DD') AS ends_on,
              e.final_score, e.attendance_rate,
              COALESCE((SELECT json_agg(json_build_object('code', ci.code, 'name', ci.name, 'level', cc.level) ORDER BY ci.code)
                 FROM course_competencies cc JOIN competency_items ci ON ci.id = cc.competency_id WHERE cc.course_id = c.id), '[]'::json) AS competencies
         FROM enrolments e
         JOIN users u ON u.id = e.user_id
         LEFT JOIN municipalities m ON m.id = u.municipality_id
         JOIN cohorts ch ON ch.id = e.cohort_id
         JOIN courses c ON c.id = ch.course_id
         LEFT JOIN competency_items area ON area.id = c.area_id
        WHERE e.id = $1`,
      [enrolmentId],
    );
    if (!row) return null;
    return {
      holderId: row.user_id,
      cohortId: row.cohort_id,
      courseId: row.course_id,
      hours: row.workload_hours,
      snapshot: {
        holder: holderSnapshot(row),
        course: {
          code: row.course_code,
          title: row.course_title,
          area: row.area,
          modality: row.course_modality,
        },
        cohort: { label: cohortLabel(row), startsOn: row.starts_on, endsOn: row.ends_on },
        hours: row.workload_hours,
        finalScore: toNumber(row.final_score),
        attendanceRate: toNumber(row.attendance_rate),
        competencies: row.competencies,
      },
    };
  }

  /**
   * What an internship certificate certifies (`placements`): the intern, the call and host unit,
   * the placement's dates, the hours of the VALIDATED logbook entries only (summed, then rounded
   * half up to whole hours: certificates count whole hours), the tutor's score and the
   * competencies the evaluation's rubric marks as reached (level 1–3; "no alcanzado" is left out).
   */
  async placementFacts(
    manager: EntityManager,
    placementId: string,
  ): Promise<EnrolmentCertificateFacts | null> {
    const [row] = await manager.query(
      `SELECT u.id AS user_id, u.first_names, u.last_names, u.national_id_number, u.national_id_complement, u.national_id_issued_in,
              m.name AS municipality, ic.title AS call_title, hu.name AS host_unit,
              to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, p.score,
              (SELECT round(COALESCE(sum(le.hours), 0))::int FROM logbook_entries le WHERE le.placement_id = p.id AND le.status = 'validated') AS hours,
              COALESCE((SELECT json_agg(json_build_object('code', ci.code, 'name', ci.name, 'level', (lv->>'level')::int) ORDER BY ci.code)
                 FROM jsonb_array_elements(COALESCE(p.evaluation->'levels', '[]'::jsonb)) lv
                 JOIN competency_items ci ON ci.id = (lv->>'competencyId')::uuid
                WHERE (lv->>'level')::int BETWEEN 1 AND 3), '[]'::json) AS competencies
         FROM placements p
         JOIN internship_applications a ON a.id = p.application_id
         JOIN internship_calls ic ON ic.id = a.call_id
         JOIN host_units hu ON hu.id = p.host_unit_id
         JOIN users u ON u.id = a.applicant_id
         LEFT JOIN municipalities m ON m.id = u.municipality_id
        WHERE p.id = $1`,
      [placementId],
    );
    if (!row) return null;
    return {
      holderId: row.user_id,
      cohortId: null,
      courseId: null,
      hours: row.hours,
      snapshot: {
        holder: holderSnapshot(row),
        course: null,
        cohort: null,
        internship: {
          call: row.call_title,
          hostUnit: row.host_unit,
          startsOn: row.starts_on,
          endsOn: row.ends_on,
        },
        hours: row.hours,
        finalScore: toNumber(row.score),
        attendanceRate: null,
        competencies: row.competencies,
      },
    };
  }

  /** Whether a cohort exists, and its facilitators. */
  async cohortFacilitators(cohortId: string): Promise<string[] | null> {
    const [row] = await this.dataSource.query(
      `SELECT ARRAY(SELECT cf.user_id FROM cohort_facilitators cf WHERE cf.cohort_id = ch.id) AS ids FROM cohorts ch WHERE ch.id = $1`,
      [cohortId],
    );
    return row ? row.ids : null;
  }

  /**
   * The enrolments of a cohort that have earned a certificate (`earnedCertificateKind`), from the
   * stored outcome of the completion rule (status, attendance) and the required activities done.
   */
  async earnedInCohort(
    cohortId: string,
  ): Promise<{ enrolmentId: string; kind: CertificateKind }[]> {
    const rows: {
      id: string;
      status: EnrolmentStatus;
      attendance_rate: string | null;
      certificate_kind: CourseCertificateKind;
      min_attendance: number;
      modality: Modality;
      required_activities: number;
      required_done: number;
    }[] = await this.dataSource.query(
      `SELECT e.id, e.status, e.attendance_rate, c.certificate_kind, c.min_attendance, ch.modality,
              (SELECT count(*)::int FROM course_activities a JOIN course_modules m ON m.id = a.module_id
                 WHERE m.version_id = ch.course_version_id AND a.required) AS required_activities,
              (SELECT count(*)::int FROM activity_progress p JOIN course_activities a ON a.id = p.activity_id
                 JOIN course_modules m ON m.id = a.module_id
                 WHERE p.enrolment_id = e.id AND m.version_id = ch.course_version_id AND a.required AND p.status = 'completed') AS required_done
         FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
        WHERE e.cohort_id = $1 AND e.status IN ('enrolled', 'in_progress', 'passed', 'failed')
        ORDER BY e.created_at, e.id`,
      [cohortId],
    );
    return rows.flatMap((row) => {
      const kind = earnedCertificateKind({
        courseKind: row.certificate_kind,
        status: row.status,
        attendanceRequired: MODALITIES_WITH_ATTENDANCE.includes(row.modality),
        attendanceRate: toNumber(row.attendance_rate),
        minAttendance: row.min_attendance,
        activitiesMet: row.required_done >= row.required_activities,
      });
      return kind ? [{ enrolmentId: row.id, kind }] : [];
    });
  }

  /** Verification codes and serials of certificates by id (the replacements of superseded ones). */
  async codesByIds(
    ids: readonly string[],
  ): Promise<Map<string, { serial: string; verificationCode: string }>> {
    const result = new Map<string, { serial: string; verificationCode: string }>();
    if (ids.length === 0) return result;
    const rows: { id: string; serial: string; verification_code: string }[] =
      await this.dataSource.query(
        `SELECT id, serial, verification_code FROM certificates WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    for (const row of rows)
      result.set(row.id, { serial: row.serial, verificationCode: row.verification_code });
    return result;
  }
}
