import { ApiProperty } from '@nestjs/swagger';
import { PROPOSAL_FOLLOW_UP_STATUSES } from '@campus/domain';
import type { ProposalFollowUpStatus } from '@campus/domain';

/** Implementation status of a proposal: its latest follow-up, or `none` when never followed up. */
export const PROPOSAL_REPORT_STATUSES = [...PROPOSAL_FOLLOW_UP_STATUSES, 'none'] as const;
export type ProposalReportStatus = ProposalFollowUpStatus | 'none';

export class ReportFiguresDto {
  @ApiProperty({ description: 'Postulaciones (no retiradas)' }) applications: number;
  @ApiProperty({ description: 'Asignaciones (pasantías no retiradas)' }) placements: number;
  @ApiProperty({ description: 'Pasantías aprobadas' }) completions: number;
  @ApiProperty({ description: 'Informes finales con propuesta de mejora' }) proposals: number;
  @ApiProperty({ description: 'Propuestas cuyo último seguimiento dice «implementada»' }) implemented: number;
}

export class ReportRowDto extends ReportFiguresDto {
  @ApiProperty({ description: 'Id del municipio o de la unidad, código del departamento o del género; `none` si falta' }) key: string;
  @ApiProperty() label: string;
}

export class ProposalStatusRowDto {
  @ApiProperty({ enum: PROPOSAL_REPORT_STATUSES }) status: ProposalReportStatus;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

export class ReportCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() gestion: number;
  @ApiProperty() status: string;
}

export class InternshipReportDto {
  @ApiProperty({ type: ReportCallDto }) call: ReportCallDto;
  @ApiProperty({ type: ReportFiguresDto }) totals: ReportFiguresDto;
  @ApiProperty({ type: [ReportRowDto] }) byMunicipality: ReportRowDto[];
  @ApiProperty({ type: [ReportRowDto] }) byDepartment: ReportRowDto[];
  @ApiProperty({ type: [ReportRowDto] }) byGender: ReportRowDto[];
  @ApiProperty({ type: [ReportRowDto], description: 'Postulaciones por unidad de 1.ª preferencia; asignaciones y aprobadas por unidad asignada' }) byHostUnit: ReportRowDto[];
  @ApiProperty({ type: [ProposalStatusRowDto], description: 'Propuestas de mejora por estado de implementación (último seguimiento)' }) proposalStatus: ProposalStatusRowDto[];
}
