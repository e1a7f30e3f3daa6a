import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { ATTENDANCE_STATUSES, COHORT_STATUSES, ENROLMENT_STATUSES, GENDERS, MODALITIES } from '@campus/domain';
import type { AttendanceStatus, CohortStatus, EnrolmentStatus, Gender, Modality } from '@campus/domain';

const bool = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** The marks a whole-list default may take (excused is always one person's exception). */
export const ATTENDANCE_DEFAULTS = ['present', 'absent'] as const;
export type AttendanceDefault = (typeof ATTENDANCE_DEFAULTS)[number];

export class TeachingCohortsQueryDto {
  @ApiPropertyOptional({ description: 'Solo las cohortes que el/la usuario/a facilita (coordinación y administración ven todas por omisión)' })
  @IsOptional() @Transform(bool) @IsBoolean()
  onlyMine?: boolean;

  @ApiPropertyOptional({ description: 'Incluir cohortes terminadas hace más de 90 días' })
  @IsOptional() @Transform(bool) @IsBoolean()
  includePast?: boolean;
}

export class TeachingSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

/** A cohort in "Mis cohortes". */
export class TeachingCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseCode: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ description: 'Inscripciones que ocupan plaza (inscrito, en curso, aprobado, reprobado)' }) enrolledCount: number;
  @ApiProperty({ description: 'Personas en lista de espera' }) waitlistedCount: number;
  @ApiProperty() sessionCount: number;
  @ApiProperty({ description: 'El/la usuario/a facilita esta cohorte' }) teaching: boolean;
  @ApiProperty({ type: TeachingSessionDto, nullable: true, description: 'Próxima sesión (o la de hoy, si aún no terminó)' })
  nextSession: TeachingSessionDto | null;
  @ApiProperty({ type: TeachingSessionDto, nullable: true, description: 'La sesión más reciente que ya empezó' })
  lastSession: TeachingSessionDto | null;
}

export class AttendanceCountsDto {
  @ApiProperty() present: number;
  @ApiProperty() absent: number;
  @ApiProperty() excused: number;
  @ApiProperty({ description: 'Personas del listado aún sin marca' }) unmarked: number;
}

export class AttendanceRowDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'Quispe Mamani, Ana' }) fullName: string;
  @ApiProperty({ nullable: true, type: String }) municipality: string | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) enrolmentStatus: EnrolmentStatus;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'null: aún sin marcar' }) status: AttendanceStatus | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) markedAt: string | null;
}

/** The attendance list of one session: every person holding a place, with their mark. */
export class AttendanceSheetDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortLabel: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty({ enum: COHORT_STATUSES }) cohortStatus: CohortStatus;
  @ApiProperty({ type: TeachingSessionDto }) session: TeachingSessionDto;
  @ApiProperty({ description: 'La asistencia se puede guardar (cohorte programada)' }) editable: boolean;
  @ApiProperty({ description: 'La sesión empieza en más de un día: solo se registran ausencias justificadas, una a una' }) onlyExcused: boolean;
  @ApiProperty({ type: AttendanceCountsDto }) counts: AttendanceCountsDto;
  @ApiProperty({ type: [AttendanceRowDto] }) rows: AttendanceRowDto[];
}

export class AttendanceMarkDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'Debe ser el identificador de una inscripción' })
  enrolmentId: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES }) @IsIn(ATTENDANCE_STATUSES, { message: 'Debe ser present, absent o excused' })
  status: AttendanceStatus;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 300 })
  @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(300, { message: 'Como máximo 300 caracteres' })
  note?: string | null;
}

/**
 * "Whole-list default, one tap per exception": each person on the session's list gets `default`
 * unless `marks` says otherwise. Without `default`, only the listed people change.
 */
export class SaveAttendanceDto {
  @ApiPropertyOptional({ enum: ATTENDANCE_DEFAULTS, description: 'Marca de todo el listado; sin ella solo cambian las personas de `marks`' })
  @IsOptional() @IsIn(ATTENDANCE_DEFAULTS, { message: 'Debe ser present o absent' })
  default?: AttendanceDefault;

  @ApiProperty({ type: [AttendanceMarkDto], description: 'Excepciones a la marca de todo el listado' })
  @IsArray() @ArrayMaxSize(10_000) @ValidateNested({ each: true }) @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}

export class RosterQueryDto {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES, description: 'Solo las inscripciones en este estado' })
  @IsOptional() @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;
}

export class RosterAttendanceDto {
  @ApiProperty() present: number;
  @ApiProperty() absent: number;
  @ApiProperty() excused: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Porcentaje 0–100 (presentes sobre sesiones, sin las justificadas); null sin sesiones o en modalidad virtual' })
  rate: number | null;
}

export class RosterCompletionDto {
  @ApiProperty({ description: 'Cumple la regla de aprobación' }) met: boolean;
  @ApiProperty() activitiesMet: boolean;
  @ApiProperty() scoreMet: boolean;
  @ApiProperty() attendanceMet: boolean;
  @ApiProperty() attendanceRequired: boolean;
}

export class RosterRowDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() firstNames: string;
  @ApiProperty() lastNames: string;
  @ApiProperty({ example: 'Quispe Mamani, Ana' }) fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) municipality: string | null;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty() requiredActivities: number;
  @ApiProperty() requiredDone: number;
  @ApiProperty({ description: 'Avance: actividades obligatorias hechas (0–100)' }) progressPercent: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Nota final (la del facilitador o el promedio de los cuestionarios)' }) finalScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) facilitatorGrade: number | null;
  @ApiProperty({ type: RosterAttendanceDto }) attendance: RosterAttendanceDto;
  @ApiProperty({ type: RosterCompletionDto }) completion: RosterCompletionDto;
  @ApiProperty({ description: 'La nota se puede cambiar (inscrito o en curso, cohorte programada)' }) gradable: boolean;
}

export class RosterCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() courseCode: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
  @ApiProperty() passingScore: number;
  @ApiProperty() minAttendance: number;
  @ApiProperty() sessionCount: number;
}

export class RosterStatusCountDto {
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty() count: number;
}

export class RosterDto {
  @ApiProperty({ type: RosterCohortDto }) cohort: RosterCohortDto;
  @ApiProperty({ type: [RosterStatusCountDto], description: 'Inscripciones por estado (toda la cohorte, sin filtro)' }) statusCounts: RosterStatusCountDto[];
  @ApiProperty({ type: [RosterRowDto] }) rows: RosterRowDto[];
}

export class SaveGradeDto {
  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 100, description: 'Nota del facilitador (0–100, un decimal); null la quita' })
  @ValidateIf((_dto: object, value: unknown) => value !== null)
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false }, { message: 'Debe ser un número con a lo sumo un decimal' })
  @Min(0, { message: 'Debe estar entre 0 y 100' }) @Max(100, { message: 'Debe estar entre 0 y 100' })
  grade: number | null;
}

export class GradeResultDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ nullable: true, type: Number }) facilitatorGrade: number | null;
  @ApiProperty({ nullable: true, type: Number }) finalScore: number | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES, description: 'Estado tras aplicar la regla de aprobación' }) status: EnrolmentStatus;
  @ApiProperty({ description: 'Cumple la regla de aprobación' }) met: boolean;
}
