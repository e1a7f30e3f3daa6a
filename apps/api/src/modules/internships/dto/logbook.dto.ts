import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  CERTIFICATE_STATUSES, LOGBOOK_STATUSES, MAX_FINAL_REPORT_LENGTH, MIN_FINAL_REPORT_LENGTH, MIN_IMPROVEMENT_PROPOSAL_LENGTH, PLACEMENT_STATUSES,
} from '@campus/domain';
import type { CertificateStatus, LogbookStatus, PlacementStatus } from '@campus/domain';
import type { LogbookEntry } from '../entities/logbook-entry.entity';
import { EvaluationViewDto } from './evaluation.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Ana Quispe Mamani' }) name: string;
}

export class LogbookEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'date' }) entryDate: string;
  @ApiProperty({ example: 6.5 }) hours: number;
  @ApiProperty() activities: string;
  @ApiProperty() learnings: string;
  @ApiProperty({ enum: LOGBOOK_STATUSES }) status: LogbookStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Comentario del tutor al devolver o validar' }) tutorComment: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const toLogbookEntryDto = (entry: LogbookEntry): LogbookEntryDto => ({
  id: entry.id,
  placementId: entry.placementId,
  entryDate: entry.entryDate,
  hours: Number(entry.hours),
  activities: entry.activities,
  learnings: entry.learnings,
  status: entry.status,
  tutorComment: entry.tutorComment,
  reviewedAt: entry.reviewedAt ? entry.reviewedAt.toISOString() : null,
  updatedAt: entry.updatedAt.toISOString(),
});

export class PlacementCompetencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'GP-01' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Nivel esperado por la unidad (1–3)' }) expectedLevel: number;
}

export class PlacementCertificateRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'EGM-2026-000123' }) serial: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiProperty({
    nullable: true, type: String, example: '7KQ2M9XD4HTC',
    description: 'Código de verificación: solo para el pasante y para quienes gestionan certificados (coordinación, administración)',
  })
  verificationCode: string | null;
}

export class PlacementActionsDto {
  @ApiProperty({ description: 'Puede redactar y acordar el plan de trabajo' }) editPlan: boolean;
  @ApiProperty({ description: 'Puede registrar y corregir entradas de la bitácora' }) writeLogbook: boolean;
  @ApiProperty({ description: 'Puede validar o devolver entradas' }) review: boolean;
  @ApiProperty({ description: 'Puede presentar el informe final' }) submitReport: boolean;
  @ApiProperty({ description: 'Puede evaluar la pasantía' }) evaluate: boolean;
}

export class PlacementExecutionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) status: PlacementStatus;
  @ApiProperty({ type: PersonRefDto }) intern: PersonRefDto;
  @ApiProperty({ nullable: true, type: String, description: 'Municipio de origen del pasante' }) municipality: string | null;
  @ApiProperty({ description: 'Convocatoria' }) call: string;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty({ description: 'Unidad receptora' }) hostUnit: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) tutor: PersonRefDto | null;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ description: 'Horas de entradas validadas' }) validatedHours: number;
  @ApiProperty({ description: 'Horas de entradas por revisar (presentadas)' }) submittedHours: number;
  @ApiProperty({ description: 'Entradas por revisar' }) pendingEntries: number;
}

export class PlacementExecutionDto extends PlacementExecutionSummaryDto {
  @ApiProperty() workPlan: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) workPlanAgreedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) finalReport: string | null;
  @ApiProperty({ nullable: true, type: String }) improvementProposal: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reportSubmittedAt: string | null;
  @ApiProperty({ type: EvaluationViewDto, nullable: true }) evaluation: EvaluationViewDto | null;
  @ApiProperty({ type: [PlacementCompetencyDto] }) competencies: PlacementCompetencyDto[];
  @ApiProperty({ type: [LogbookEntryDto] }) entries: LogbookEntryDto[];
  @ApiProperty({ type: PlacementCertificateRefDto, nullable: true }) certificate: PlacementCertificateRefDto | null;
  @ApiProperty({ type: PlacementActionsDto }) can: PlacementActionsDto;
}

export class SaveWorkPlanDto {
  @ApiProperty({ description: 'Plan de trabajo acordado con el pasante' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_FINAL_REPORT_LENGTH)
  workPlan: string;

  @ApiPropertyOptional({ description: 'Marcarlo como acordado: la pasantía pasa a "en curso"' })
  @IsOptional()
  @IsBoolean()
  agreed?: boolean;
}

export class LogbookEntryInputDto {
  @ApiProperty({ format: 'date', example: '2026-03-02' })
  @IsISO8601({ strict: true })
  entryDate: string;

  @ApiProperty({ example: 6.5, description: 'Horas (una cifra decimal), más de 0; con las demás del día, como máximo 24' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  hours: number;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  activities: string;

  @ApiPropertyOptional({ description: 'Lo que aprendió' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  learnings?: string;
}

export class ReturnLogbookEntryDto {
  @ApiProperty({ description: 'Qué debe corregir el pasante' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;
}

export class FinalReportDto {
  @ApiProperty({ description: `Informe final (al menos ${MIN_FINAL_REPORT_LENGTH} caracteres)` })
  @Transform(trim)
  @IsString()
  @MinLength(MIN_FINAL_REPORT_LENGTH)
  @MaxLength(MAX_FINAL_REPORT_LENGTH)
  finalReport: string;

  @ApiProperty({ description: `Propuesta de mejora para el municipio de origen (al menos ${MIN_IMPROVEMENT_PROPOSAL_LENGTH} caracteres)` })
  @Transform(trim)
  @IsString()
  @MinLength(MIN_IMPROVEMENT_PROPOSAL_LENGTH)
  @MaxLength(MAX_FINAL_REPORT_LENGTH)
  improvementProposal: string;
}
