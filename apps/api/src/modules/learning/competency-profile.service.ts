import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { cohortLabel, isHttpsUrl, laPazToday } from '@campus/domain';
import type { FieldError } from '../../common/errors/domain.exception';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { CompetencyProfileDto, CompetencyRecordDto, CreateCompetencyRecordDto, ProfileCompetencyDto } from './dto/competency-profile.dto';
import type { CompetencyRecordSource } from './entities/competency-record.entity';
import { requireProfileAccess } from './learning.access';
import { LearningException, LearningExceptionCode as Code } from './learning.exception';

interface RecordRow {
  id: string;
  level: number;
  source: CompetencyRecordSource;
  note: string | null;
  evidence_url: string | null;
  awarded_on: string;
  competency_id: string;
  competency_code: string;
  competency_name: string;
  competency_retired: boolean;
  sub_area_id: string | null;
  sub_area_code: string | null;
  sub_area_name: string | null;
  area_id: string | null;
  area_code: string | null;
  area_name: string | null;
  course_id: string | null;
  course_code: string | null;
  course_title: string | null;
  cohort_id: string | null;
  gestion: number | null;
  edition: number | null;
  parallel: string | null;
  awarded_by_id: string | null;
  awarded_by_name: string | null;
}

const RECORDS_SQL = `
  SELECT r.id, r.level, r.source, r.note, r.evidence_url, r.awarded_on::text AS awarded_on,
         ci.id AS competency_id, ci.code AS competency_code, ci.name AS competency_name, ci.retired_at IS NOT NULL AS competency_retired,
         sa.id AS sub_area_id, sa.code AS sub_area_code, sa.name AS sub_area_name,
         ar.id AS area_id, ar.code AS area_code, ar.name AS area_name,
         c.id AS course_id, c.code AS course_code, c.title AS course_title,
         ch.id AS cohort_id, ch.gestion, ch.edition, ch.parallel,
         u.id AS awarded_by_id, CASE WHEN u.id IS NULL THEN NULL ELSE u.first_names || ' ' || u.last_names END AS awarded_by_name
    FROM competency_records r
    JOIN competency_items ci ON ci.id = r.competency_id
    LEFT JOIN competency_items sa ON sa.id = ci.parent_id
    LEFT JOIN competency_items ar ON ar.id = sa.parent_id
    LEFT JOIN enrolments e ON e.id = r.enrolment_id
    LEFT JOIN cohorts ch ON ch.id = e.cohort_id
    LEFT JOIN courses c ON c.id = ch.course_id
    LEFT JOIN users u ON u.id = r.awarded_by`;

const ref = (id: string | null, code: string | null, name: string | null) => (id && code && name !== null ? { id, code, name } : null);
const byCode = new Intl.Collator('es', { numeric: true });

const toRecordDto = (row: RecordRow): CompetencyRecordDto => ({
  id: row.id,
  competency: { id: row.competency_id, code: row.competency_code, name: row.competency_name },
  level: row.level,
  source: row.source,
  course: row.course_id && row.course_code && row.course_title !== null ? { id: row.course_id, code: row.course_code, title: row.course_title } : null,
  cohort: row.cohort_id && row.gestion !== null && row.edition !== null && row.parallel !== null
    ? { id: row.cohort_id, label: cohortLabel({ gestion: row.gestion, edition: row.edition, parallel: row.parallel }) }
    : null,
  note: row.note,
  evidenceUrl: row.evidence_url,
  awardedOn: row.awarded_on,
  awardedBy: row.awarded_by_id && row.awarded_by_name ? { id: row.awarded_by_id, name: row.awarded_by_name } : null,
});

/** Highest level per competency (DESIGN.md: the profile is derived from the evidence). */
const toCompetencies = (rows: RecordRow[]): ProfileCompetencyDto[] => {
  const result = new Map<string, ProfileCompetencyDto>();
  for (const row of rows) {
    const current = result.get(row.competency_id);
    if (current) {
      current.level = Math.max(current.level, row.level);
      if (row.awarded_on > current.lastAwardedOn) current.lastAwardedOn = row.awarded_on;
      current.evidenceCount += 1;
      continue;
    }
    result.set(row.competency_id, {
      competency: { id: row.competency_id, code: row.competency_code, name: row.competency_name },
      retired: row.competency_retired,
      subArea: ref(row.sub_area_id, row.sub_area_code, row.sub_area_name),
      area: ref(row.area_id, row.area_code, row.area_name),
      level: row.level,
      lastAwardedOn: row.awarded_on,
      evidenceCount: 1,
    });
  }
  return [...result.values()].sort((a, b) => byCode.compare(a.competency.code, b.competency.code));
};

/**
 * Competency profiles: the evidence a person holds (passed courses, internships, manual
 * recognitions) and, per competency, the highest level. Coordinators add manual recognitions.
 */
@Injectable()
export class CompetencyProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async profile(viewer: AuthUser, userId: string): Promise<CompetencyProfileDto> {
    const person = await this.findPerson(this.dataSource.manager, userId);
    requireProfileAccess(viewer, person);
    const rows: RecordRow[] = await this.dataSource.query(`${RECORDS_SQL} WHERE r.user_id = $1 ORDER BY r.awarded_on DESC, r.created_at DESC`, [userId]);
    return { person: { id: person.id, name: person.name }, competencies: toCompetencies(rows), records: rows.map(toRecordDto) };
  }

  /** A coordinator recognises a competency by hand: with a note, audited, and the person is told. */
  async recognise(actor: AuthUser, userId: string, dto: CreateCompetencyRecordDto): Promise<CompetencyRecordDto> {
    const today = laPazToday();
    const errors: FieldError[] = [];
    if (dto.evidenceUrl !== undefined && !isHttpsUrl(dto.evidenceUrl)) errors.push({ field: 'evidenceUrl', message: 'Use una dirección https:// completa' });
    if (dto.awardedOn !== undefined && dto.awardedOn > today) errors.push({ field: 'awardedOn', message: 'No puede ser una fecha futura' });
    const id = await this.dataSource.transaction(async (manager) => {
      const person = await this.findPerson(manager, userId);
      requireProfileAccess(actor, person);
      const [competency]: { kind: string; name: string; retired: boolean }[] = await manager.query(
        `SELECT ci.kind, ci.name, (ci.retired_at IS NOT NULL OR sa.retired_at IS NOT NULL OR ar.retired_at IS NOT NULL) AS retired
           FROM competency_items ci LEFT JOIN competency_items sa ON sa.id = ci.parent_id LEFT JOIN competency_items ar ON ar.id = sa.parent_id
          WHERE ci.id = $1`,
        [dto.competencyId],
      );
      if (!competency || competency.kind !== 'competency') errors.unshift({ field: 'competencyId', message: 'No es una competencia del marco' });
      else if (competency.retired) errors.unshift({ field: 'competencyId', message: 'La competencia está retirada del marco' });
      if (errors.length > 0 || !competency) throw new LearningException(Code.InvalidRecognition, 'Revise los campos marcados', errors);
      const values = {
        competencyId: dto.competencyId, level: dto.level, note: dto.note, evidenceUrl: dto.evidenceUrl ?? null, awardedOn: dto.awardedOn ?? today,
      };
      const [created]: { id: string }[] = await manager.query(
        `INSERT INTO competency_records (user_id, competency_id, level, source, note, evidence_url, awarded_on, awarded_by)
         VALUES ($1, $2, $3, 'manual', $4, $5, $6, $7) RETURNING id`,
        [userId, values.competencyId, values.level, values.note, values.evidenceUrl, values.awardedOn, actor.id],
      );
      await this.audit.record(
        { actorId: actor.id, action: 'competency_record.create', entityType: 'competency_record', entityId: created.id, after: { userId, source: 'manual', ...values } },
        manager,
      );
      await this.notifications.notify(
        [userId],
        { kind: 'competency.recognised', title: `Se reconoció su competencia «${competency.name}»`, body: dto.note, link: '/mis-competencias' },
        manager,
      );
      return created.id;
    });
    const [row]: RecordRow[] = await this.dataSource.query(`${RECORDS_SQL} WHERE r.id = $1`, [id]);
    return toRecordDto(row);
  }

  private async findPerson(manager: EntityManager, userId: string) {
    const [person]: { id: string; municipalityId: string | null; name: string }[] = await manager.query(
      `SELECT id, municipality_id AS "municipalityId", first_names || ' ' || last_names AS name FROM users WHERE id = $1`,
      [userId],
    );
    return person as { id: string; municipalityId: string | null; name: string } | undefined;
  }
}
