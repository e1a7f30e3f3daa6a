import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PROFICIENCY_LEVELS } from '@campus/domain';
import { COMPETENCY_RECORD_SOURCES } from '../entities/competency-record.entity';
import type { CompetencyRecordSource } from '../entities/competency-record.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : trim({ value }));

export class FrameworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A08.2.1' }) code: string;
  @ApiProperty() name: string;
}

export class ProfileCompetencyDto {
  @ApiProperty({ type: FrameworkRefDto }) competency: FrameworkRefDto;
  @ApiProperty({ description: 'Retirada del marco (la evidencia sigue valiendo)' }) retired: boolean;
  @ApiProperty({ type: FrameworkRefDto, nullable: true }) subArea: FrameworkRefDto | null;
  @ApiProperty({ type: FrameworkRefDto, nullable: true }) area: FrameworkRefDto | null;
  @ApiProperty({ enum: PROFICIENCY_LEVELS, description: 'El nivel más alto de sus evidencias' }) level: number;
  @ApiProperty({ format: 'date', description: 'Fecha de la evidencia más reciente' }) lastAwardedOn: string;
  @ApiProperty() evidenceCount: number;
}

export class RecordCourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class RecordCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** One piece of evidence. */
export class CompetencyRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: FrameworkRefDto }) competency: FrameworkRefDto;
  @ApiProperty({ enum: PROFICIENCY_LEVELS }) level: number;
  @ApiProperty({ enum: COMPETENCY_RECORD_SOURCES }) source: CompetencyRecordSource;
  @ApiProperty({ type: RecordCourseDto, nullable: true }) course: RecordCourseDto | null;
  @ApiProperty({ type: RecordCohortDto, nullable: true }) cohort: RecordCohortDto | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) evidenceUrl: string | null;
  @ApiProperty({ format: 'date' }) awardedOn: string;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Quién la registró (coordinación) o aprobó el curso' }) awardedBy: PersonRefDto | null;
}

export class CompetencyProfileDto {
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ type: [ProfileCompetencyDto], description: 'Una entrada por competencia, con el nivel más alto' }) competencies: ProfileCompetencyDto[];
  @ApiProperty({ type: [CompetencyRecordDto], description: 'Evidencias, de la más reciente a la más antigua' }) records: CompetencyRecordDto[];
}

/** A coordinator's manual recognition of a competency. */
export class CreateCompetencyRecordDto {
  @ApiProperty({ format: 'uuid', description: 'Una competencia vigente del marco' }) @IsUUID('all')
  competencyId: string;

  @ApiProperty({ enum: PROFICIENCY_LEVELS }) @IsInt() @IsIn(PROFICIENCY_LEVELS)
  level: number;

  @ApiProperty({ description: 'Por qué se reconoce (obligatoria)' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  note: string;

  @ApiPropertyOptional({ description: 'Enlace a la evidencia (https://)' })
  @IsOptional() @Transform(emptyToUndefined) @IsString() @MaxLength(500)
  evidenceUrl?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Por omisión, hoy (La Paz); no puede ser futura' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10)
  awardedOn?: string;
}
