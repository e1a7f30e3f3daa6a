import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max,
  MaxLength, Min,
} from 'class-validator';
import {
  COHORT_CAPACITY_MAX, COHORT_CAPACITY_MIN, COHORT_STATUSES, CONFLICT_KINDS, COURSE_STATUSES, ISO_WEEKDAYS, MODALITIES, PARALLEL_PATTERN,
  TIME_OF_DAY_PATTERN,
} from '@campus/domain';
import { cohortLabel, isEnrolmentOpen, laPazDayOf, laPazTimeOf } from '@campus/domain';
import type { CohortStatus, ConflictKind, CourseStatus, Modality, SessionConflict } from '@campus/domain';
import type { ScheduledSessionRow } from '../cohorts.repository';
import type { CohortSession } from '../entities/cohort-session.entity';
import type { Cohort } from '../entities/cohort.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;
/** An instant with its offset: `2026-03-02T08:30:00-04:00` or `2026-03-02T12:30:00Z`. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = 'Use fecha, hora y zona horaria (por ejemplo, 2026-03-02T08:30:00-04:00)';

export class CohortFacilitatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Ana Quispe Mamani' }) name: string;
}

export class CohortSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ example: '2026 · V1 · A', description: 'Gestión, versión y paralelo' }) label: string;
  @ApiProperty({ example: 2026 }) gestion: number;
  @ApiProperty({ example: 1, description: 'Versión' }) edition: number;
  @ApiProperty({ example: 'A', description: 'Paralelo' }) parallel: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ format: 'date' }) enrolmentOpensOn: string;
  @ApiProperty({ format: 'date' }) enrolmentClosesOn: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Plazas ocupadas (inscripciones que ocupan plaza)' }) seatsTaken: number;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
  @ApiProperty({ description: 'La inscripción está abierta hoy (hora de La Paz)' }) enrolmentOpen: boolean;
  @ApiProperty({ type: [CohortFacilitatorDto] }) facilitators: CohortFacilitatorDto[];
  @ApiProperty() sessionCount: number;
}

export class CohortCourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COURSE_STATUSES }) status: CourseStatus;
}

export class CohortSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, description: 'Lugar propio de la sesión, si difiere del de la cohorte' }) venue: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Lugar de la sesión o, si no tiene, el de la cohorte' }) effectiveVenue: string | null;
}

export class ConflictingSessionDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortLabel: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseCode: string;
  @ApiProperty() courseTitle: string;
}

/** A double booking: a session of this cohort overlaps a session of another one with the same facilitator or venue. */
export class CohortConflictDto {
  @ApiProperty({ enum: CONFLICT_KINDS }) kind: ConflictKind;
  @ApiProperty({ description: 'Explicación en castellano' }) message: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: CohortFacilitatorDto, nullable: true, description: 'Facilitador/a con dos sesiones a la vez (tipo facilitator)' })
  facilitator: CohortFacilitatorDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'Lugar ocupado dos veces (tipo venue)' }) venue: string | null;
  @ApiProperty({ type: ConflictingSessionDto }) other: ConflictingSessionDto;
}

export class CohortDto extends CohortSummaryDto {
  @ApiProperty({ type: CohortCourseDto }) course: CohortCourseDto;
  @ApiProperty({ description: 'Versión del contenido del curso que usa la cohorte' }) versionNumber: number;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: [CohortSessionDto] }) sessions: CohortSessionDto[];
  @ApiProperty({ type: [CohortConflictDto], description: 'Cruces de horario actuales de sus sesiones' }) conflicts: CohortConflictDto[];
}

/** The saved cohort and the double bookings the change created (warnings: they do not block). */
export class SavedCohortDto extends CohortDto {
  @ApiProperty({ type: [CohortConflictDto] }) warnings: CohortConflictDto[];
}

export class SavedCohortSessionDto extends CohortSessionDto {
  @ApiProperty({ type: [CohortConflictDto] }) warnings: CohortConflictDto[];
}

export class CohortSessionSeriesResultDto {
  @ApiProperty({ type: [CohortSessionDto] }) sessions: CohortSessionDto[];
  @ApiProperty({ type: [CohortConflictDto] }) warnings: CohortConflictDto[];
}

export class CreateCohortDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100)
  gestion: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 1, description: 'Versión; por omisión, la siguiente libre del curso en la gestión' })
  @IsOptional() @IsInt() @Min(1) @Max(999)
  edition?: number | null;

  @ApiPropertyOptional({ example: 'A', description: 'Paralelo; por omisión A' })
  @IsOptional() @Transform(upper) @Matches(PARALLEL_PATTERN, { message: 'Use de 1 a 8 letras mayúsculas o dígitos (A, B, 2…)' })
  parallel?: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  startsOn: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  endsOn: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  enrolmentOpensOn: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  enrolmentClosesOn: string;

  @ApiProperty({ minimum: COHORT_CAPACITY_MIN, maximum: COHORT_CAPACITY_MAX })
  @IsInt() @Min(COHORT_CAPACITY_MIN) @Max(COHORT_CAPACITY_MAX)
  capacity: number;

  @ApiPropertyOptional({ enum: MODALITIES, description: 'Por omisión, la del curso' })
  @IsOptional() @IsIn(MODALITIES)
  modality?: Modality;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Aula EGM 1' })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200)
  venue?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Personas activas con el rol de facilitador/a' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  facilitatorIds?: string[];

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000)
  notes?: string | null;
}

export class UpdateCohortDto extends PartialType(CreateCohortDto) {}

export class CreateCohortSessionDto {
  @ApiProperty({ format: 'date-time', example: '2026-03-02T08:30:00-04:00' })
  @IsISO8601({ strict: true }) @Matches(INSTANT_PATTERN, { message: INSTANT_MESSAGE })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T12:30:00-04:00' })
  @IsISO8601({ strict: true }) @Matches(INSTANT_PATTERN, { message: INSTANT_MESSAGE })
  endsAt: string;

  @ApiProperty({ example: 'Sesión 1: diagnóstico participativo' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Solo si difiere del lugar de la cohorte' })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200)
  venue?: string | null;
}

export class UpdateCohortSessionDto extends PartialType(CreateCohortSessionDto) {}

/** A weekly series of sessions: the chosen weekdays between two dates, at the same La Paz times. */
export class CreateCohortSessionSeriesDto {
  @ApiProperty({ format: 'date', description: 'Primer día de la serie' }) @IsISO8601({ strict: true }) @Length(10, 10)
  from: string;

  @ApiProperty({ format: 'date', description: 'Último día de la serie (inclusive)' }) @IsISO8601({ strict: true }) @Length(10, 10)
  to: string;

  @ApiProperty({ type: [Number], enum: ISO_WEEKDAYS, description: 'Días de la semana ISO: 1 lunes … 7 domingo' })
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(ISO_WEEKDAYS, { each: true })
  weekdays: number[];

  @ApiProperty({ example: '18:30', description: 'Hora de inicio en La Paz (HH:MM)' })
  @Matches(TIME_OF_DAY_PATTERN, { message: 'Use la hora en formato HH:MM (24 h)' })
  startTime: string;

  @ApiProperty({ example: '21:00', description: 'Hora de término en La Paz (HH:MM)' })
  @Matches(TIME_OF_DAY_PATTERN, { message: 'Use la hora en formato HH:MM (24 h)' })
  endTime: string;

  @ApiPropertyOptional({ example: 'Sesión', description: 'Título de cada sesión; por omisión «Sesión»' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(200)
  venue?: string | null;
}

/** dd/mm/aaaa of a calendar date, for messages. */
export const spanishDate = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** `02/03/2026 de 08:00 a 10:00` (La Paz) of a session, for messages. */
export const spanishSessionTime = (session: { startsAt: string; endsAt: string }): string =>
  `${spanishDate(laPazDayOf(session.startsAt))} de ${laPazTimeOf(session.startsAt)} a ${laPazTimeOf(session.endsAt)}`;

export const toSessionDto = (session: CohortSession, cohortVenue: string | null): CohortSessionDto => ({
  id: session.id,
  cohortId: session.cohortId,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  title: session.title,
  venue: session.venue,
  effectiveVenue: session.venue ?? cohortVenue,
});

export const toCohortSummary = (
  cohort: Cohort,
  extra: { facilitators: CohortFacilitatorDto[]; seatsTaken: number; sessionCount: number },
  today: string,
): CohortSummaryDto => ({
  id: cohort.id,
  courseId: cohort.courseId,
  label: cohortLabel(cohort),
  gestion: cohort.gestion,
  edition: cohort.edition,
  parallel: cohort.parallel,
  startsOn: cohort.startsOn,
  endsOn: cohort.endsOn,
  enrolmentOpensOn: cohort.enrolmentOpensOn,
  enrolmentClosesOn: cohort.enrolmentClosesOn,
  capacity: cohort.capacity,
  seatsTaken: extra.seatsTaken,
  modality: cohort.modality,
  venue: cohort.venue,
  status: cohort.status,
  enrolmentOpen: isEnrolmentOpen(cohort, today),
  facilitators: extra.facilitators,
  sessionCount: extra.sessionCount,
});

/** A double booking found by `findConflicts`, told with both sessions, for people to act on. */
export const toConflictDto = (conflict: SessionConflict, session: ScheduledSessionRow, other: ScheduledSessionRow): CohortConflictDto => {
  const facilitator = conflict.facilitatorId ? (session.facilitators.find((f) => f.id === conflict.facilitatorId) ?? null) : null;
  const otherLabel = cohortLabel(other);
  const where = `«${other.title}» de ${other.courseTitle} (${otherLabel}), el ${spanishSessionTime(other)}`;
  const message =
    conflict.kind === 'facilitator'
      ? `${facilitator?.name ?? 'Un/a facilitador/a'} ya tiene a esa hora la sesión ${where}`
      : `${session.venue ?? 'El lugar'} ya está ocupado a esa hora por la sesión ${where}`;
  return {
    kind: conflict.kind,
    message: `Sesión «${session.title}» del ${spanishSessionTime(session)}: ${message}.`,
    sessionId: session.id,
    sessionTitle: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    facilitator,
    venue: conflict.kind === 'venue' ? session.venue : null,
    other: {
      sessionId: other.id,
      title: other.title,
      startsAt: other.startsAt,
      endsAt: other.endsAt,
      venue: other.venue,
      cohortId: other.cohortId,
      cohortLabel: otherLabel,
      courseId: other.courseId,
      courseCode: other.courseCode,
      courseTitle: other.courseTitle,
    },
  };
};

/** Tells a warning created by a change from one that existed before it. */
export const conflictDtoKey = (conflict: CohortConflictDto): string =>
  `${conflict.kind}|${conflict.sessionId}|${conflict.other.sessionId}|${conflict.facilitator?.id ?? ''}`;
