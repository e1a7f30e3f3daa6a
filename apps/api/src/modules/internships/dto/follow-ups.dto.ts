import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { PLACEMENT_STATUSES, PROPOSAL_FOLLOW_UP_STATUSES } from '@campus/domain';
import type { PlacementStatus, ProposalFollowUpStatus } from '@campus/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value);

/** Board filter: a latest follow-up status, or `none` for placements never followed up. */
export const FOLLOW_UP_FILTERS = [...PROPOSAL_FOLLOW_UP_STATUSES, 'none'] as const;

export class CreateFollowUpDto {
  @ApiProperty({ enum: PROPOSAL_FOLLOW_UP_STATUSES, description: 'not_started: no iniciada; in_progress: en curso; implemented: implementada' })
  @IsIn(PROPOSAL_FOLLOW_UP_STATUSES, { message: 'Elija si la propuesta no se inició, está en curso o fue implementada' })
  status: ProposalFollowUpStatus;

  @ApiProperty({ description: 'Qué se hizo y cómo se sabe', maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'Describa la evidencia' })
  @MaxLength(4000, { message: 'La evidencia admite como máximo 4000 caracteres' })
  evidence: string;

  @ApiPropertyOptional({ description: 'Enlace https a la evidencia (resolución, nota de prensa, documento)', maxLength: 500 })
  @Transform(emptyToUndefined)
  @IsOptional()
  @MaxLength(500, { message: 'El enlace admite como máximo 500 caracteres' })
  @IsUrl({ protocols: ['https'], require_protocol: true, require_valid_protocol: true }, { message: 'El enlace debe empezar con https://' })
  evidenceUrl?: string;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROPOSAL_FOLLOW_UP_STATUSES }) status: ProposalFollowUpStatus;
  @ApiProperty() evidence: string;
  @ApiProperty({ nullable: true, type: String }) evidenceUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class FollowUpPlacementDto {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callTitle: string;
  @ApiProperty() internName: string;
  @ApiProperty({ nullable: true, type: String }) municipality: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty() hostUnit: string;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) placementStatus: PlacementStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Propuesta de mejora (completa)' }) proposal: string | null;
  @ApiProperty({ description: 'Primeras 200 letras de la propuesta' }) proposalSummary: string;
  @ApiProperty({ nullable: true, enum: PROPOSAL_FOLLOW_UP_STATUSES, description: 'Último seguimiento (el más reciente vale)' }) latestStatus: ProposalFollowUpStatus | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) latestAt: string | null;
  @ApiProperty({ description: 'Seguimientos registrados' }) followUpCount: number;
}

export class FollowUpDetailDto extends FollowUpPlacementDto {
  @ApiProperty({ type: [FollowUpDto], description: 'Historial, del más reciente al más antiguo' }) history: FollowUpDto[];
}

export class FollowUpBoardQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'Municipio no válido' })
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'Unidad receptora no válida' })
  hostUnitId?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_FILTERS, description: 'Estado del último seguimiento; `none`: sin seguimiento' })
  @IsOptional()
  @IsIn(FOLLOW_UP_FILTERS, { message: 'Estado de seguimiento no válido' })
  status?: (typeof FOLLOW_UP_FILTERS)[number];
}
