import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { CertificateStatus, EvaluationVerdict, PlacementStatus, RubricLevel } from '@campus/domain';
import type { PlacementParties } from './logbook.access';

/** What the execution slice stores in `placements.evaluation`. */
export interface StoredEvaluation {
  levels: { competencyId: string; level: RubricLevel }[];
  verdict: EvaluationVerdict;
  comment: string;
}

/** A placement as the execution slice reads it (SQL over the placement slice's tables). */
export interface ExecutionPlacementRow extends PlacementParties {
  id: string;
  status: PlacementStatus;
  internName: string;
  municipality: string | null;
  call: string;
  hostUnitId: string;
  hostUnit: string;
  tutorName: string | null;
  startsOn: string;
  endsOn: string;
  workPlan: string;
  workPlanAgreedAt: Date | null;
  finalReport: string | null;
  improvementProposal: string | null;
  reportSubmittedAt: Date | null;
  evaluation: StoredEvaluation | null;
  score: number | null;
  evaluatedAt: Date | null;
  validatedHours: number;
  submittedHours: number;
  pendingEntries: number;
}

const SELECT = `
  SELECT p.id, p.status, p.tutor_id, a.applicant_id, a.municipality_id,
         concat_ws(' ', iu.first_names, iu.last_names) AS intern_name, m.name AS municipality,
         ic.title AS call_title, hu.id AS host_unit_id, hu.name AS host_unit,
         CASE WHEN tu.id IS NULL THEN NULL ELSE concat_ws(' ', tu.first_names, tu.last_names) END AS tutor_name,
         to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on,
         p.work_plan, p.work_plan_agreed_at, p.final_report, p.improvement_proposal, p.report_submitted_at,
         p.evaluation, p.score, p.evaluated_at,
         (SELECT COALESCE(sum(le.hours), 0) FROM logbook_entries le WHERE le.placement_id = p.id AND le.status = 'validated') AS validated_hours,
         (SELECT COALESCE(sum(le.hours), 0) FROM logbook_entries le WHERE le.placement_id = p.id AND le.status = 'submitted') AS submitted_hours,
         (SELECT count(*)::int FROM logbook_entries le WHERE le.placement_id = p.id AND le.status = 'submitted') AS pending_entries
    FROM placements p
    JOIN internship_applications a ON a.id = p.application_id
    JOIN internship_calls ic ON ic.id = a.call_id
    JOIN host_units hu ON hu.id = p.host_unit_id
    JOIN users iu ON iu.id = a.applicant_id
    LEFT JOIN users tu ON tu.id = p.tutor_id
    LEFT JOIN municipalities m ON m.id = a.municipality_id`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const toRow = (r: any): ExecutionPlacementRow => ({
  id: r.id,
  status: r.status,
  tutorId: r.tutor_id,
  applicantId: r.applicant_id,
  municipalityId: r.municipality_id,
  internName: r.intern_name,
  municipality: r.municipality,
  call: r.call_title,
  hostUnitId: r.host_unit_id,
  hostUnit: r.host_unit,
  tutorName: r.tutor_name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  workPlan: r.work_plan,
  workPlanAgreedAt: r.work_plan_agreed_at,
  finalReport: r.final_report,
  improvementProposal: r.improvement_proposal,
  reportSubmittedAt: r.report_submitted_at,
  evaluation: r.evaluation,
  score: r.score === null ? null : Number(r.score),
  evaluatedAt: r.evaluated_at,
  validatedHours: Number(r.validated_hours),
  submittedHours: Number(r.submitted_hours),
  pendingEntries: r.pending_entries,
});

/** Placement states in which there is something to execute or show (not proposals, not withdrawn). */
const EXECUTION_STATUSES = `('confirmed', 'in_progress', 'report_submitted', 'approved', 'not_approved')`;

/** The execution slice's queries over placements, host units and certificates (tables of other slices: plain SQL). */
@Injectable()
export class LogbookRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(placementId: string, manager: EntityManager = this.dataSource.manager): Promise<ExecutionPlacementRow | null> {
    const [row] = await manager.query(`${SELECT} WHERE p.id = $1`, [placementId]);
    return row ? toRow(row) : null;
  }

  /** Locks the placement row for the transaction (concurrent logbook entries, report and evaluation wait for each other). */
  async lock(manager: EntityManager, placementId: string): Promise<ExecutionPlacementRow | null> {
    const [locked] = await manager.query(`SELECT id FROM placements WHERE id = $1 FOR UPDATE`, [placementId]);
    return locked ? this.find(placementId, manager) : null;
  }

  async list(condition: string, params: unknown[]): Promise<ExecutionPlacementRow[]> {
    const rows = await this.dataSource.query(
      `${SELECT} WHERE p.status IN ${EXECUTION_STATUSES} AND ${condition} ORDER BY p.starts_on DESC, intern_name, p.id`,
      params,
    );
    return rows.map(toRow);
  }

  async competencies(hostUnitId: string, manager: EntityManager = this.dataSource.manager) {
    const rows: { id: string; code: string; name: string; level: number }[] = await manager.query(
      `SELECT ci.id, ci.code, ci.name, huc.level FROM host_unit_competencies huc JOIN competency_items ci ON ci.id = huc.competency_id
        WHERE huc.host_unit_id = $1 ORDER BY ci.code`,
      [hostUnitId],
    );
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, expectedLevel: r.level }));
  }

  /** The placement's current internship certificate (a reissued one is replaced by its successor). */
  async certificate(placementId: string): Promise<{ id: string; serial: string; status: CertificateStatus; verificationCode: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, serial, status, verification_code AS "verificationCode" FROM certificates
        WHERE placement_id = $1 AND kind = 'internship' AND status <> 'superseded'`,
      [placementId],
    );
    return row ?? null;
  }

  /** Hours of the other entries of that day (any state: returned entries come back). */
  async otherHoursThatDay(manager: EntityManager, placementId: string, entryDate: string, exceptId: string | null): Promise<number> {
    const [row] = await manager.query(
      `SELECT COALESCE(sum(hours), 0) AS hours FROM logbook_entries WHERE placement_id = $1 AND entry_date = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [placementId, entryDate, exceptId],
    );
    return Number(row.hours);
  }
}
