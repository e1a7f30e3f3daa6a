import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { availableEnrolmentActions, cohortLabel, COHORT_STATUSES, ENROLMENT_ACTIONS, ENROLMENT_REASON_MAX, ENROLMENT_STATUSES, isEnrolmentOpen } from '@campus/domain';
import type { CohortStatus, EnrolmentAction, EnrolmentStatus, Role } from '@campus/domain';
import type { EnrolmentRow } from '../enrolments.repository';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** `status=requested&status=endorsed` or `status=requested,endorsed`. */
const list = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

/** Who waits to decide on a pending request. */
export const ENROLMENT_AWAITING = ['endorsement', 'approval'] as const;
export type EnrolmentAwaiting = (typeof ENROLMENT_AWAITING)[number];

export const ENROLMENT_SOURCES = ['request', 'bulk'] as const;

export class EnrolmentPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ example: '4789123-1B', description: 'Cédula de identidad (número y complemento)' }) nationalId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String }) municipalityName: string | null;
}

export class EnrolmentCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
  @ApiProperty({ description: 'La inscripción está abierta hoy (hora de La Paz)' }) enrolmentOpen: boolean;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Plazas ocupadas' }) seatsTaken: number;
}

export class EnrolmentCourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() requiresEndorsement: boolean;
  @ApiProperty() requiresApproval: boolean;
}

export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ enum: ENROLMENT_SOURCES, description: 'request: la persona la solicitó; bulk: la coordinación la inscribió' }) source: 'request' | 'bulk';
  @ApiProperty({ enum: ENROLMENT_AWAITING, nullable: true, description: 'Solicitud pendiente: espera el aval del municipio o la aprobación de la coordinación' })
  awaiting: EnrolmentAwaiting | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Puesto en la lista de espera (1 = el siguiente), solo en lista de espera' })
  waitlistPosition: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Motivo del rechazo o del retiro por la coordinación' }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endorsedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) enrolledAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) withdrawnAt: string | null;
  @ApiProperty({ type: EnrolmentPersonDto }) person: EnrolmentPersonDto;
  @ApiProperty({ type: EnrolmentCohortDto }) cohort: EnrolmentCohortDto;
  @ApiProperty({ type: EnrolmentCourseDto }) course: EnrolmentCourseDto;
  @ApiProperty({ enum: ENROLMENT_ACTIONS, isArray: true, description: 'Lo que quien consulta puede hacer ahora con esta inscripción' })
  actions: EnrolmentAction[];
}

export class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentDto] }) items: EnrolmentDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class EnrolmentQueryDto {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES, isArray: true, description: 'Uno o varios estados (repetido o separados por comas)' })
  @IsOptional() @Transform(list) @IsArray() @IsIn(ENROLMENT_STATUSES, { each: true })
  status?: EnrolmentStatus[];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() courseId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ description: 'Nombre, correo o número de cédula' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize: number = 20;
}

export class EnrolmentReasonDto {
  @ApiProperty({ maxLength: ENROLMENT_REASON_MAX, example: 'No cumple el perfil requerido para la cohorte' })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Escriba el motivo' }) @MaxLength(ENROLMENT_REASON_MAX, { message: `Use como máximo ${ENROLMENT_REASON_MAX} caracteres` })
  reason: string;
}

export class WithdrawEnrolmentDto {
  @ApiPropertyOptional({ maxLength: ENROLMENT_REASON_MAX, description: 'Obligatorio cuando retira a otra persona (coordinación)' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(ENROLMENT_REASON_MAX, { message: `Use como máximo ${ENROLMENT_REASON_MAX} caracteres` })
  reason?: string;
}

export class BulkEnrolDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Personas a inscribir, en orden (las que no alcancen plaza van a la lista de espera en este orden)' })
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  userIds: string[];
}

export class BulkImportQueryDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  dryRun: boolean = false;
}

export class BulkEnrolResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Personas leídas' }) rows: number;
  @ApiProperty({ description: 'Inscritas con plaza (en una validación: las que la tendrían)' }) enrolled: number;
  @ApiProperty({ description: 'En lista de espera por falta de plazas (en una validación: las que irían)' }) waitlisted: number;
}

export class MyEnrolmentQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Solo las de las cohortes de un curso' }) @IsOptional() @IsUUID() courseId?: string;
}

export const formatNationalId = (number: string, complement: string | null): string => (complement ? `${number}-${complement}` : number);

/** Who the request waits for: the liaison's endorsement, then the coordinator's approval. */
export const awaitingOf = (row: Pick<EnrolmentRow, 'status' | 'requires_endorsement' | 'requires_approval'>): EnrolmentAwaiting | null => {
  if (row.status === 'requested') return row.requires_endorsement ? 'endorsement' : 'approval';
  if (row.status === 'endorsed') return 'approval';
  return null;
};

export const toEnrolmentDto = (row: EnrolmentRow, actingRoles: readonly Role[], today: string): EnrolmentDto => {
  const cohort = { status: row.cohort_status, enrolmentOpensOn: row.enrolment_opens_on, enrolmentClosesOn: row.enrolment_closes_on };
  const ctx = { requiresEndorsement: row.requires_endorsement, requiresApproval: row.requires_approval, seatsLeft: Math.max(0, row.capacity - row.seats_taken) };
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    awaiting: awaitingOf(row),
    waitlistPosition: row.waitlist_position,
    reason: row.reason,
    requestedAt: row.requested_at.toISOString(),
    endorsedAt: row.endorsed_at?.toISOString() ?? null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    enrolledAt: row.enrolled_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    person: {
      id: row.user_id,
      fullName: `${row.first_names} ${row.last_names}`,
      email: row.email,
      nationalId: formatNationalId(row.national_id_number, row.national_id_complement),
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
    },
    cohort: {
      id: row.cohort_id,
      label: cohortLabel(row),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      status: row.cohort_status,
      enrolmentOpen: isEnrolmentOpen(cohort, today),
      capacity: row.capacity,
      seatsTaken: row.seats_taken,
    },
    course: {
      id: row.course_id,
      code: row.course_code,
      title: row.course_title,
      requiresEndorsement: row.requires_endorsement,
      requiresApproval: row.requires_approval,
    },
    // Asking again (after a withdrawal) is only possible while enrolment is open.
    actions: availableEnrolmentActions(row.status, actingRoles, ctx).filter(
      (action) => action !== 'request' || isEnrolmentOpen(cohort, today),
    ),
  };
};
