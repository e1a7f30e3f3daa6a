import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementStatus, ProposalFollowUpStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { ProposalFollowUp } from './entities/proposal-follow-up.entity';
import { placementScope, placementScopeSql, requireFollowUpWriter, requirePlacementAccess } from './placements.access';
import { PlacementsException, PlacementsExceptionCode as Code } from './placements.exception';
import type { CreateFollowUpDto, FollowUpBoardQueryDto, FollowUpDetailDto, FollowUpDto, FollowUpPlacementDto } from './dto/follow-ups.dto';

const SUMMARY_LENGTH = 200;

interface PlacementRow {
  placement_id: string;
  call_id: string;
  call_title: string;
  applicant_id: string;
  intern_name: string;
  municipality_id: string | null;
  municipality: string | null;
  department: string | null;
  host_unit_id: string;
  host_unit: string;
  placement_status: PlacementStatus;
  proposal: string | null;
  latest_status: ProposalFollowUpStatus | null;
  latest_at: Date | null;
  follow_up_count: number;
}

/** Placements with intern, municipality, unit, proposal and their latest follow-up; `WHERE` added by the caller. */
const PLACEMENTS_SQL = `
  SELECT p.id AS placement_id, c.id AS call_id, c.title AS call_title, a.applicant_id,
         u.first_names || ' ' || u.last_names AS intern_name, a.municipality_id, m.name AS municipality, m.department,
         hu.id AS host_unit_id, hu.name AS host_unit, p.status AS placement_status, p.improvement_proposal AS proposal,
         f.status AS latest_status, f.recorded_at AS latest_at,
         (SELECT count(*)::int FROM proposal_follow_ups fc WHERE fc.placement_id = p.id) AS follow_up_count
    FROM placements p
    JOIN internship_applications a ON a.id = p.application_id
    JOIN internship_calls c ON c.id = a.call_id
    JOIN users u ON u.id = a.applicant_id
    JOIN host_units hu ON hu.id = p.host_unit_id
    LEFT JOIN municipalities m ON m.id = a.municipality_id
    LEFT JOIN LATERAL (
      SELECT pf.status, pf.recorded_at FROM proposal_follow_ups pf WHERE pf.placement_id = p.id ORDER BY pf.recorded_at DESC, pf.id DESC LIMIT 1
    ) f ON TRUE`;

const toPlacementDto = (r: PlacementRow): FollowUpPlacementDto => {
  const proposal = r.proposal?.trim() ? r.proposal : null;
  return {
    placementId: r.placement_id, callId: r.call_id, callTitle: r.call_title, internName: r.intern_name,
    municipality: r.municipality, municipalityId: r.municipality_id, department: r.department, hostUnitId: r.host_unit_id, hostUnit: r.host_unit,
    placementStatus: r.placement_status, proposal,
    proposalSummary: proposal === null ? '' : proposal.length > SUMMARY_LENGTH ? `${proposal.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : proposal,
    latestStatus: r.latest_status, latestAt: r.latest_at ? new Date(r.latest_at).toISOString() : null, followUpCount: r.follow_up_count,
  };
};

/**
 * Follow-up of the improvement proposals back home: the intern or the liaison of their
 * municipality records, months later, whether the proposal was implemented (history kept, the
 * latest wins); coordinators see a board per call.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The placements with a proposal the viewer may follow up: their own, or their municipality's. */
  async mine(viewer: AuthUser): Promise<FollowUpPlacementDto[]> {
    const params: unknown[] = [];
    const scope = placementScopeSql(placementScope(viewer), params);
    const rows: PlacementRow[] = await this.dataSource.query(
      `${PLACEMENTS_SQL} WHERE ${scope} AND p.status <> 'withdrawn' AND btrim(coalesce(p.improvement_proposal, '')) <> ''
       ORDER BY c.gestion DESC, u.last_names, u.first_names, p.id`,
      params,
    );
    return rows.map(toPlacementDto);
  }

  async board(callId: string, query: FollowUpBoardQueryDto): Promise<FollowUpPlacementDto[]> {
    const [call] = await this.dataSource.query(`SELECT id FROM internship_calls WHERE id = $1`, [callId]);
    if (!call) throw new PlacementsException(Code.CallNotFound, 'Convocatoria no encontrada');
    const params: unknown[] = [callId];
    const where = [`a.call_id = $1`, `p.status <> 'withdrawn'`];
    if (query.municipalityId) {
      params.push(query.municipalityId);
      where.push(`a.municipality_id = $${params.length}`);
    }
    if (query.hostUnitId) {
      params.push(query.hostUnitId);
      where.push(`p.host_unit_id = $${params.length}`);
    }
    if (query.status === 'none') where.push(`f.status IS NULL`);
    else if (query.status) {
      params.push(query.status);
      where.push(`f.status = $${params.length}`);
    }
    const rows: PlacementRow[] = await this.dataSource.query(
      `${PLACEMENTS_SQL} WHERE ${where.join(' AND ')} ORDER BY m.name NULLS LAST, u.last_names, u.first_names, p.id`,
      params,
    );
    return rows.map(toPlacementDto);
  }

  async detail(placementId: string, viewer: AuthUser): Promise<FollowUpDetailDto> {
    const row = await this.findPlacement(placementId);
    requirePlacementAccess(viewer, { applicantId: row.applicant_id, municipalityId: row.municipality_id });
    const history: { id: string; status: ProposalFollowUpStatus; evidence: string; evidence_url: string | null; recorded_by: string | null; recorded_at: Date }[] =
      await this.dataSource.query(
        `SELECT f.id, f.status, f.evidence, f.evidence_url, f.recorded_at,
                CASE WHEN u.id IS NULL THEN NULL ELSE u.first_names || ' ' || u.last_names END AS recorded_by
           FROM proposal_follow_ups f LEFT JOIN users u ON u.id = f.recorded_by
          WHERE f.placement_id = $1 ORDER BY f.recorded_at DESC, f.id DESC`,
        [placementId],
      );
    return {
      ...toPlacementDto(row),
      history: history.map(
        (h): FollowUpDto => ({ id: h.id, status: h.status, evidence: h.evidence, evidenceUrl: h.evidence_url, recordedBy: h.recorded_by, recordedAt: new Date(h.recorded_at).toISOString() }),
      ),
    };
  }

  async record(placementId: string, dto: CreateFollowUpDto, actor: AuthUser): Promise<FollowUpDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT p.id, p.improvement_proposal, a.applicant_id, a.municipality_id FROM placements p JOIN internship_applications a ON a.id = p.application_id
          WHERE p.id = $1 FOR UPDATE OF p`,
        [placementId],
      );
      if (!row) throw new PlacementsException(Code.PlacementNotFound, 'Pasantía no encontrada');
      requireFollowUpWriter(actor, { applicantId: row.applicant_id, municipalityId: row.municipality_id });
      if (!row.improvement_proposal?.trim()) {
        throw new PlacementsException(Code.NoProposal, 'Esta pasantía aún no tiene propuesta de mejora: se registra con el informe final');
      }
      const saved = await manager.getRepository(ProposalFollowUp).save({
        placementId, status: dto.status, evidence: dto.evidence, evidenceUrl: dto.evidenceUrl ?? null, recordedBy: actor.id,
      });
      await this.audit.record(
        {
          actorId: actor.id, action: 'internship.follow_up.record', entityType: 'placement', entityId: placementId,
          after: { followUpId: saved.id, status: dto.status, evidence: dto.evidence, evidenceUrl: dto.evidenceUrl ?? null },
        },
        manager,
      );
    });
    return this.detail(placementId, actor);
  }

  private async findPlacement(placementId: string): Promise<PlacementRow> {
    const [row]: PlacementRow[] = await this.dataSource.query(`${PLACEMENTS_SQL} WHERE p.id = $1`, [placementId]);
    if (!row) throw new PlacementsException(Code.PlacementNotFound, 'Pasantía no encontrada');
    return row;
  }
}
