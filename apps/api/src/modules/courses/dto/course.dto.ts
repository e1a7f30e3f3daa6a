import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateBy, ValidateNested,
} from 'class-validator';
import {
  compareSdgTargets, COURSE_CERTIFICATE_KINDS, COURSE_CODE_PATTERN, COURSE_STATUSES, isSdgTarget, MODALITIES, PROFICIENCY_LEVELS,
} from '@campus/domain';
import type { CourseCertificateKind, CourseStatus, Modality, ProficiencyLevel } from '@campus/domain';
import type { CompetencyItem } from '../../competencies/entities/competency-item.entity';
import { renderMarkdown } from '../course-markdown';
import type { Course } from '../entities/course.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
/** Trimmed, without repeats, in goal order. */
const normaliseSdgTargets = ({ value }: { value: unknown }) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? [...new Set(value.map((item: string) => item.trim().toLowerCase()))].sort(compareSdgTargets)
    : value;

/** Every item is an SDG target (`5.5`, `11.b`); the message lists the ones that are not. */
const SdgTargets = () =>
  ValidateBy({
    name: 'sdgTargets',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && isSdgTarget(item)),
      defaultMessage: (args) => {
        const bad = Array.isArray(args?.value) ? args.value.filter((item: unknown) => typeof item !== 'string' || !isSdgTarget(item)) : [];
        return `Metas ODS no válidas: ${bad.map(String).join(', ')} (use el formato 5.5 u 11.b)`;
      },
    },
  });

export class FrameworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A08' }) code: string;
  @ApiProperty({ example: 'Medio ambiente y gestión de riesgos' }) name: string;
}

export class CourseCompetencyDto {
  @ApiProperty({ format: 'uuid' }) competencyId: string;
  @ApiProperty({ example: 'A08.2.1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROFICIENCY_LEVELS, description: '1 básico, 2 intermedio, 3 avanzado' }) level: ProficiencyLevel;
}

export class CoursePrerequisiteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class CourseVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty({ description: 'Una cohorte la usa: su contenido ya no se puede modificar' }) locked: boolean;
  @ApiProperty() cohortCount: number;
}

export class CourseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'GDL-101' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: FrameworkRefDto }) area: FrameworkRefDto;
  @ApiProperty({ type: FrameworkRefDto, nullable: true }) subArea: FrameworkRefDto | null;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty() workloadHours: number;
  @ApiProperty({ enum: COURSE_STATUSES }) status: CourseStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty() latestVersionNumber: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CoursePageDto {
  @ApiProperty({ type: [CourseSummaryDto] }) items: CourseSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'Markdown' }) description: string;
  @ApiProperty({ description: 'La descripción en HTML saneado' }) descriptionHtml: string;
  @ApiProperty({ type: FrameworkRefDto }) area: FrameworkRefDto;
  @ApiProperty({ type: FrameworkRefDto, nullable: true }) subArea: FrameworkRefDto | null;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty() workloadHours: number;
  @ApiProperty() passingScore: number;
  @ApiProperty() minAttendance: number;
  @ApiProperty({ enum: COURSE_CERTIFICATE_KINDS }) certificateKind: CourseCertificateKind;
  @ApiProperty() requiresEndorsement: boolean;
  @ApiProperty({ description: 'La coordinación aprueba cada solicitud; si no, se admite por orden de llegada' }) requiresApproval: boolean;
  @ApiProperty({ type: [String], example: ['11.3', '16.6'] }) sdgTargets: string[];
  @ApiProperty({ enum: COURSE_STATUSES }) status: CourseStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt: string | null;
  @ApiProperty({ type: [CourseCompetencyDto] }) competencies: CourseCompetencyDto[];
  @ApiProperty({ type: [CoursePrerequisiteDto] }) prerequisites: CoursePrerequisiteDto[];
  @ApiProperty({ type: CourseVersionSummaryDto }) latestVersion: CourseVersionSummaryDto;
  @ApiProperty({ description: 'Alguna cohorte tiene plazas ocupadas: carga horaria, notas, asistencia, certificado y competencias ya no cambian' })
  termsLocked: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CourseCompetencyInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId: string;
  @ApiProperty({ enum: PROFICIENCY_LEVELS }) @IsInt() @IsIn(PROFICIENCY_LEVELS, { message: 'Use 1 (básico), 2 (intermedio) o 3 (avanzado)' })
  level: ProficiencyLevel;
}

export class CreateCourseDto {
  @ApiProperty({ example: 'GDL-101', pattern: COURSE_CODE_PATTERN.source })
  @Transform(upper) @IsString() @Matches(COURSE_CODE_PATTERN, { message: 'Use de 2 a 32 letras mayúsculas, dígitos o guiones (por ejemplo, GDL-101)' })
  code: string;

  @ApiProperty({ example: 'Gestión del Desarrollo Local' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: 'Por omisión: vacío' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  summary?: string;

  @ApiPropertyOptional({ description: 'Markdown: objetivos, público, metodología (por omisión: vacío)' })
  @IsOptional() @IsString() @MaxLength(20000)
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'Un área de gestión vigente' }) @IsUUID()
  areaId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Una sub-área vigente de esa área' })
  @IsOptional() @IsUUID()
  subAreaId?: string | null;

  @ApiProperty({ enum: MODALITIES }) @IsIn(MODALITIES)
  modality: Modality;

  @ApiProperty({ minimum: 1, maximum: 2000 }) @IsInt() @Min(1) @Max(2000)
  workloadHours: number;

  @ApiPropertyOptional({ description: 'Por omisión: 70', minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100)
  passingScore?: number;

  @ApiPropertyOptional({ description: 'Por omisión: 80', minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100)
  minAttendance?: number;

  @ApiPropertyOptional({ description: 'Por omisión: approval', enum: COURSE_CERTIFICATE_KINDS }) @IsOptional() @IsIn(COURSE_CERTIFICATE_KINDS)
  certificateKind?: CourseCertificateKind;

  @ApiPropertyOptional({ description: 'Por omisión: true' }) @IsOptional() @IsBoolean()
  requiresEndorsement?: boolean;

  @ApiPropertyOptional({ description: 'Por omisión: true' }) @IsOptional() @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['11.3', '16.6'], description: 'Metas ODS (se quitan las repetidas)' })
  @IsOptional() @Transform(normaliseSdgTargets) @IsArray() @ArrayMaxSize(50) @SdgTargets()
  sdgTargets?: string[];

  @ApiPropertyOptional({ type: [CourseCompetencyInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CourseCompetencyInputDto)
  competencies?: CourseCompetencyInputDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Cursos publicados (o archivados) que deben aprobarse antes' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  prerequisiteIds?: string[];
}

export class UpdateCourseDto extends PartialType(CreateCourseDto) {}

export class CourseQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) search?: string;
  @ApiPropertyOptional({ enum: COURSE_STATUSES }) @IsOptional() @IsIn(COURSE_STATUSES) status?: CourseStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() areaId?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize: number = 20;
}

const toRef = (item: CompetencyItem): FrameworkRefDto => ({ id: item.id, code: item.code, name: item.name });

/** A course with its area and sub-area loaded. */
export const toCourseSummary = (c: Course, latestVersionNumber: number): CourseSummaryDto => ({
  id: c.id,
  code: c.code,
  title: c.title,
  summary: c.summary,
  area: toRef(c.area!),
  subArea: c.subArea ? toRef(c.subArea) : null,
  modality: c.modality,
  workloadHours: c.workloadHours,
  status: c.status,
  publishedAt: c.publishedAt ? c.publishedAt.toISOString() : null,
  latestVersionNumber,
  updatedAt: c.updatedAt.toISOString(),
});

export const toCourseDto = (
  c: Course,
  links: {
    competencies: CourseCompetencyDto[];
    prerequisites: CoursePrerequisiteDto[];
    latestVersion: CourseVersionSummaryDto;
    termsLocked: boolean;
  },
): CourseDto => ({
  id: c.id,
  code: c.code,
  title: c.title,
  summary: c.summary,
  description: c.description,
  descriptionHtml: renderMarkdown(c.description),
  area: toRef(c.area!),
  subArea: c.subArea ? toRef(c.subArea) : null,
  modality: c.modality,
  workloadHours: c.workloadHours,
  passingScore: c.passingScore,
  minAttendance: c.minAttendance,
  certificateKind: c.certificateKind,
  requiresEndorsement: c.requiresEndorsement,
  requiresApproval: c.requiresApproval,
  sdgTargets: c.sdgTargets,
  status: c.status,
  publishedAt: c.publishedAt ? c.publishedAt.toISOString() : null,
  archivedAt: c.archivedAt ? c.archivedAt.toISOString() : null,
  ...links,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
