import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEPARTMENT_NAMES } from '@campus/domain';
import type { Department, Gender, ProposalFollowUpStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import { AuditService } from '../audit/audit.service';
import { GENDER_LABELS } from '../../common/spanish-labels';
import { PROPOSAL_REPORT_STATUSES } from './dto/internship-reports.dto';
import type { InternshipReportDto, ProposalReportStatus, ReportFiguresDto, ReportRowDto } from './dto/internship-reports.dto';
import { reportCsv, reportFileName, reportXlsx } from './internship-report-files';
import { PlacementsException, PlacementsExceptionCode as Code } from './placements.exception';

export const PROPOSAL_STATUS_LABELS: Record<ProposalReportStatus, string> = {
  not_started: 'No iniciada',
  in_progress: 'En curso',
  implemented: 'Implementada',
  none: 'Sin seguimiento',
};

const NONE = 'none';

interface PersonFacts {
  municipality_id: string | null;
  municipality: string | null;
  department: Department | null;
  gender: Gender;
}

interface ApplicationFacts extends PersonFacts {
  first_unit_id: string | null;
}

interface PlacementFacts extends PersonFacts {
  host_unit_id: string;
  status: string;
  has_proposal: boolean;
  follow_up: ProposalFollowUpStatus | null;
}

type Dimension = { key: (p: PersonFacts) => string; label: (p: PersonFacts) => string };

const emptyFigures = (): ReportFiguresDto => ({ applications: 0, placements: 0, completions: 0, proposals: 0, implemented: 0 });

/**
 * Reports of an internship call: applications, placements and completions (placements approved)
 * by municipality, department, gender and host unit, and the improvement proposals (final reports
 * with a proposal) by their implementation status (latest follow-up). Figures are counted from the
 * same rows for every breakdown, so each breakdown adds up to the totals.
 */
@Injectable()
export class InternshipReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async report(callId: string): Promise<InternshipReportDto> {
    const [call] = await this.dataSource.query(`SELECT id, title, gestion, status FROM internship_calls WHERE id = $1`, [callId]);
    if (!call) throw new PlacementsException(Code.CallNotFound, 'Convocatoria no encontrada');
    const applications: ApplicationFacts[] = await this.dataSource.query(
      `SELECT a.municipality_id, m.name AS municipality, m.department, u.gender,
              (SELECT ap.host_unit_id FROM application_preferences ap WHERE ap.application_id = a.id ORDER BY ap.rank LIMIT 1) AS first_unit_id
         FROM internship_applications a JOIN users u ON u.id = a.applicant_id LEFT JOIN municipalities m ON m.id = a.municipality_id
        WHERE a.call_id = $1 AND a.status <> 'withdrawn'`,
      [callId],
    );
    const placements: PlacementFacts[] = await this.dataSource.query(
      `SELECT a.municipality_id, m.name AS municipality, m.department, u.gender, p.host_unit_id, p.status,
              (p.report_submitted_at IS NOT NULL AND btrim(coalesce(p.improvement_proposal, '')) <> '') AS has_proposal,
              (SELECT f.status FROM proposal_follow_ups f WHERE f.placement_id = p.id ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1) AS follow_up
         FROM placements p JOIN internship_applications a ON a.id = p.application_id
         JOIN users u ON u.id = a.applicant_id LEFT JOIN municipalities m ON m.id = a.municipality_id
        WHERE a.call_id = $1 AND p.status <> 'withdrawn'`,
      [callId],
    );
    const units: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM host_units WHERE call_id = $1 ORDER BY name, id`, [callId]);
    const unitNames = new Map(units.map((u) => [u.id, u.name]));

    const breakdown = (dimension: Dimension, applicationKey?: (a: ApplicationFacts) => string, placementKey?: (p: PlacementFacts) => string, seed: ReportRowDto[] = []): ReportRowDto[] => {
      const rows = new Map<string, ReportRowDto>(seed.map((row) => [row.key, row]));
      const rowFor = (key: string, label: string): ReportRowDto => {
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { key, label, ...emptyFigures() }));
        return row;
      };
      for (const a of applications) {
        const key = applicationKey ? applicationKey(a) : dimension.key(a);
        rowFor(key, applicationKey ? (unitNames.get(key) ?? 'Sin preferencia') : dimension.label(a)).applications += 1;
      }
      for (const p of placements) {
        const key = placementKey ? placementKey(p) : dimension.key(p);
        addPlacement(rowFor(key, placementKey ? (unitNames.get(key) ?? key) : dimension.label(p)), p);
      }
      return [...rows.values()].sort((x, y) => (x.key === NONE ? 1 : y.key === NONE ? -1 : x.label.localeCompare(y.label, 'es')));
    };

    const totals = emptyFigures();
    totals.applications = applications.length;
    for (const p of placements) addPlacement(totals, p);

    const proposalCounts = new Map<ProposalReportStatus, number>(PROPOSAL_REPORT_STATUSES.map((s) => [s, 0]));
    for (const p of placements) if (p.has_proposal) proposalCounts.set(p.follow_up ?? NONE, (proposalCounts.get(p.follow_up ?? NONE) ?? 0) + 1);

    return {
      call: { id: call.id, title: call.title, gestion: call.gestion, status: call.status },
      totals,
      byMunicipality: breakdown({ key: (p) => p.municipality_id ?? NONE, label: (p) => p.municipality ?? 'Sin municipio' }),
      byDepartment: breakdown({ key: (p) => p.department ?? NONE, label: (p) => (p.department ? DEPARTMENT_NAMES[p.department] ?? p.department : 'Sin departamento') }),
      byGender: breakdown({ key: (p) => p.gender, label: (p) => GENDER_LABELS[p.gender] ?? p.gender }),
      byHostUnit: breakdown(
        { key: () => NONE, label: () => '' },
        (a) => a.first_unit_id ?? NONE,
        (p) => p.host_unit_id,
        units.map((u) => ({ key: u.id, label: u.name, ...emptyFigures() })),
      ),
      proposalStatus: PROPOSAL_REPORT_STATUSES.map((status) => ({ status, label: PROPOSAL_STATUS_LABELS[status], count: proposalCounts.get(status) ?? 0 })),
    };
  }

  async csv(callId: string, actor: AuthUser): Promise<StreamableFile> {
    const report = await this.report(callId);
    await this.recordExport(report, 'csv', actor);
    return new StreamableFile(reportCsv(report), { type: 'text/csv; charset=utf-8', disposition: attachment(reportFileName(report, 'csv')) });
  }

  async xlsx(callId: string, actor: AuthUser): Promise<StreamableFile> {
    const report = await this.report(callId);
    await this.recordExport(report, 'xlsx', actor);
    return new StreamableFile(reportXlsx(report), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: attachment(reportFileName(report, 'xlsx')),
    });
  }

  private recordExport(report: InternshipReportDto, format: 'csv' | 'xlsx', actor: AuthUser): Promise<void> {
    return this.audit.record({
      actorId: actor.id, action: 'internship.report.export', entityType: 'internship_call', entityId: report.call.id,
      after: { format, totals: report.totals },
    });
  }
}

const addPlacement = (figures: ReportFiguresDto, p: PlacementFacts): void => {
  figures.placements += 1;
  if (p.status === 'approved') figures.completions += 1;
  if (p.has_proposal) {
    figures.proposals += 1;
    if (p.follow_up === 'implemented') figures.implemented += 1;
  }
};
