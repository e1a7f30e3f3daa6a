import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  ACTIVITY_KINDS,
  CATALOGUE_MAX_PAGE_SIZE,
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_QUERY_MAX_LENGTH,
  COURSE_CERTIFICATE_KINDS,
  MODALITIES,
  PROFICIENCY_LEVELS,
  SDG_FILTER_PATTERN,
} from '@campus/domain';
import type { ActivityKind, CourseCertificateKind, Modality, ProficiencyLevel } from '@campus/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty query parameter (`?areaId=`) means "no filter", as the SPA's forms send it. */
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const DATE_MESSAGE = { message: 'Debe ser una fecha (AAAA-MM-DD)' };

export class CatalogueQueryDto {
  @ApiPropertyOptional({ description: 'Texto a buscar (en español; sin importar tildes ni plurales)', maxLength: CATALOGUE_QUERY_MAX_LENGTH })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(CATALOGUE_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Área de gestión' })
  @IsOptional() @Transform(emptyToUndefined) @IsUUID()
  areaId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Sub-área' })
  @IsOptional() @Transform(emptyToUndefined) @IsUUID()
  subAreaId?: string;

  @ApiPropertyOptional({ enum: MODALITIES })
  @IsOptional() @Transform(emptyToUndefined) @IsIn(MODALITIES)
  modality?: Modality;

  @ApiPropertyOptional({ format: 'date', description: 'Cohortes que terminan este día o después' })
  @IsOptional() @Transform(emptyToUndefined) @IsISO8601({ strict: true }, DATE_MESSAGE) @Length(10, 10, DATE_MESSAGE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Cohortes que empiezan este día o antes' })
  @IsOptional() @Transform(emptyToUndefined) @IsISO8601({ strict: true }, DATE_MESSAGE) @Length(10, 10, DATE_MESSAGE)
  to?: string;

  @ApiPropertyOptional({ example: '11.3', description: 'Meta ODS (11.3) u objetivo completo (11)' })
  @IsOptional() @Transform(emptyToUndefined) @Matches(SDG_FILTER_PATTERN, { message: 'Use una meta ODS (por ejemplo 11.3) o un objetivo (1 a 17)' })
  sdg?: string;

  @ApiPropertyOptional({ default: true, description: 'true: solo cursos con inscripciones abiertas hoy; false: también los próximos' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  open: boolean = true;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ default: CATALOGUE_PAGE_SIZE }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(CATALOGUE_MAX_PAGE_SIZE)
  pageSize: number = CATALOGUE_PAGE_SIZE;
}

export class CatalogueFrameworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A08' }) code: string;
  @ApiProperty({ example: 'Medio ambiente y gestión de riesgos' }) name: string;
}

export class CatalogueHighlightDto {
  @ApiProperty({ description: 'Posición (caracteres UTF-16) en el texto' }) start: number;
  @ApiProperty() length: number;
}

/** A snippet of the description around the words found, as plain text plus ranges to highlight. */
export class CatalogueHeadlineDto {
  @ApiProperty() text: string;
  @ApiProperty({ type: [CatalogueHighlightDto] }) highlights: CatalogueHighlightDto[];
}

export class CatalogueCohortSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ format: 'date' }) enrolmentOpensOn: string;
  @ApiProperty({ format: 'date' }) enrolmentClosesOn: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Plazas libres: capacidad menos inscripciones que ocupan plaza' }) seatsLeft: number;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ description: 'Inscripciones abiertas hoy (hora de La Paz)' }) enrolmentOpen: boolean;
}

export class CatalogueCourseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: CatalogueFrameworkRefDto }) area: CatalogueFrameworkRefDto;
  @ApiProperty({ type: CatalogueFrameworkRefDto, nullable: true }) subArea: CatalogueFrameworkRefDto | null;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty() workloadHours: number;
  @ApiProperty({ enum: COURSE_CERTIFICATE_KINDS }) certificateKind: CourseCertificateKind;
  @ApiProperty({ type: [String], example: ['11.5', '13.1'] }) sdgTargets: string[];
  @ApiProperty({ description: 'Competencias que otorga' }) competencyCount: number;
  @ApiProperty({ type: CatalogueCohortSummaryDto, nullable: true, description: 'La cohorte abierta más próxima, o la siguiente' })
  nextCohort: CatalogueCohortSummaryDto | null;
  @ApiProperty({ description: 'Cohortes con inscripciones abiertas hoy' }) openCohortCount: number;
  @ApiProperty({ type: CatalogueHeadlineDto, nullable: true, description: 'Fragmento de la descripción con las palabras buscadas' })
  headline: CatalogueHeadlineDto | null;
}

export class CataloguePageDto {
  @ApiProperty({ type: [CatalogueCourseSummaryDto] }) items: CatalogueCourseSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CatalogueCompetencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A08.2.1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROFICIENCY_LEVELS, description: '1 básico, 2 intermedio, 3 avanzado' }) level: ProficiencyLevel;
}

export class CataloguePrerequisiteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Está publicado en el catálogo (se puede abrir)' }) inCatalogue: boolean;
}

export class CatalogueActivityDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() required: boolean;
  @ApiProperty({ nullable: true, type: Number }) estimatedMinutes: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Cuestionarios: número de preguntas' }) questionCount: number | null;
}

export class CatalogueModuleDto {
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [CatalogueActivityDto] }) activities: CatalogueActivityDto[];
}

export class CatalogueOutlineDto {
  @ApiProperty({ description: 'Versión del contenido que usa la cohorte abierta o próxima' }) versionNumber: number;
  @ApiProperty({ type: [CatalogueModuleDto] }) modules: CatalogueModuleDto[];
}

export class CatalogueSessionDto {
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
}

export class CatalogueCohortDto extends CatalogueCohortSummaryDto {
  @ApiProperty({ type: [String], description: 'Nombres de quienes facilitan' }) facilitators: string[];
  @ApiProperty({ type: [CatalogueSessionDto] }) sessions: CatalogueSessionDto[];
  @ApiProperty({ example: '/api/public/cohorts/…/calendar.ics', description: 'Calendario de las sesiones (iCalendar)' }) icsUrl: string;
}

export class CatalogueCourseDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'Descripción en HTML (markdown sin HTML propio)' }) descriptionHtml: string;
  @ApiProperty({ type: CatalogueFrameworkRefDto }) area: CatalogueFrameworkRefDto;
  @ApiProperty({ type: CatalogueFrameworkRefDto, nullable: true }) subArea: CatalogueFrameworkRefDto | null;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty() workloadHours: number;
  @ApiProperty() passingScore: number;
  @ApiProperty() minAttendance: number;
  @ApiProperty({ description: 'La asistencia mínima cuenta para aprobar (solo presencial y semipresencial)' }) attendanceRequired: boolean;
  @ApiProperty({ enum: COURSE_CERTIFICATE_KINDS }) certificateKind: CourseCertificateKind;
  @ApiProperty({ description: 'La solicitud necesita el aval del enlace municipal' }) requiresEndorsement: boolean;
  @ApiProperty({ type: [String] }) sdgTargets: string[];
  @ApiProperty({ type: [CatalogueCompetencyDto] }) competencies: CatalogueCompetencyDto[];
  @ApiProperty({ type: [CataloguePrerequisiteDto] }) prerequisites: CataloguePrerequisiteDto[];
  @ApiProperty({ type: CatalogueOutlineDto, nullable: true }) outline: CatalogueOutlineDto | null;
  @ApiProperty({ type: [CatalogueCohortDto], description: 'Cohortes abiertas o próximas' }) cohorts: CatalogueCohortDto[];
}
