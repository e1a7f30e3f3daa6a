import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CERTIFICATE_KINDS, CERTIFICATE_STATUSES, MODALITIES, publicNationalId } from '@campus/domain';
import type { CertificateKind, CertificateStatus, Modality } from '@campus/domain';
import type { Certificate } from '../entities/certificate.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const CERTIFICATE_NOTE_MAX = 500;

export class CertificateCompetencyDto {
  @ApiProperty({ example: 'A08.2.1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 1, maximum: 3, description: '1 básico, 2 intermedio, 3 avanzado' }) level: number;
}

export class CertificateSignatoryDto {
  @ApiProperty() name: string;
  @ApiProperty() position: string;
}

export class CertificateIssuerDto {
  @ApiProperty({ example: 'Escuela de Gestores Municipales' }) name: string;
  @ApiProperty({ example: 'Gobierno Autónomo Municipal de La Paz' }) unit: string;
}

export class CertificateCourseDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, description: 'Área de gestión' }) area: string | null;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
}

export class CertificateInternshipDto {
  @ApiProperty({ description: 'Convocatoria' }) call: string;
  @ApiProperty({ description: 'Unidad receptora del GAMLP' }) hostUnit: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
}

export class CertificateCohortDto {
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
}

/** A certificate as its holder and the coordination see it (the snapshot's full data). */
export class CertificateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'EGM-2026-000123' }) serial: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS }) kind: CertificateKind;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiProperty({ example: '7KQ2M9XD4HTC', description: 'Código de verificación (12 símbolos; se muestra como 7KQ2-M9XD-4HTC)' })
  verificationCode: string;
  @ApiProperty({ format: 'uuid' }) holderId: string;
  @ApiProperty({ description: 'Nombre del titular al emitirse' }) holderName: string;
  @ApiProperty({ description: 'Cédula del titular al emitirse (completa)' }) nationalId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrolmentId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) cohortId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) courseId: string | null;
  @ApiProperty({ type: CertificateCourseDto, nullable: true }) course: CertificateCourseDto | null;
  @ApiProperty({ type: CertificateCohortDto, nullable: true }) cohort: CertificateCohortDto | null;
  @ApiProperty({ type: CertificateInternshipDto, nullable: true, description: 'La pasantía, en certificados de pasantía' })
  internship: CertificateInternshipDto | null;
  @ApiProperty({ description: 'Carga horaria certificada' }) hours: number;
  @ApiProperty({ nullable: true, type: Number }) finalScore: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Asistencia (%)' }) attendanceRate: number | null;
  @ApiProperty({ type: [CertificateCompetencyDto] }) competencies: CertificateCompetencyDto[];
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) supersededAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'El certificado que lo reemplaza' }) supersededById: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Código de verificación del que lo reemplaza' }) replacementCode: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'El certificado que este reemplaza' }) supersedesId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Qué corrigió la reemisión' }) correctionNote: string | null;
}

export class PublicCertificateReplacementDto {
  @ApiProperty({ example: 'EGM-2026-000124' }) serial: string;
  @ApiProperty({ example: '7KQ2M9XD4HTC' }) verificationCode: string;
}

/**
 * What anyone holding the code sees: the status and what was certified, with the national ID
 * masked; no email, no contact, nothing else of the person.
 */
export class PublicCertificateDto {
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiProperty({ example: 'EGM-2026-000123' }) serial: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS }) kind: CertificateKind;
  @ApiProperty({ example: '7KQ2M9XD4HTC' }) verificationCode: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ example: '****206-1B LP', description: 'Cédula enmascarada: solo los tres últimos dígitos' }) nationalId: string;
  @ApiProperty({ nullable: true, type: String, description: 'Municipio del titular al emitirse (solo el nombre)' }) municipality: string | null;
  @ApiProperty({ type: CertificateCourseDto, nullable: true }) course: CertificateCourseDto | null;
  @ApiProperty({ type: CertificateCohortDto, nullable: true }) cohort: CertificateCohortDto | null;
  @ApiProperty({ type: CertificateInternshipDto, nullable: true, description: 'La pasantía, en certificados de pasantía' })
  internship: CertificateInternshipDto | null;
  @ApiProperty() hours: number;
  @ApiProperty({ type: [CertificateCompetencyDto] }) competencies: CertificateCompetencyDto[];
  @ApiProperty({ type: CertificateIssuerDto }) issuer: CertificateIssuerDto;
  @ApiProperty({ type: [CertificateSignatoryDto] }) signatories: CertificateSignatoryDto[];
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) supersededAt: string | null;
  @ApiProperty({ type: PublicCertificateReplacementDto, nullable: true, description: 'El certificado que lo reemplaza' })
  replacement: PublicCertificateReplacementDto | null;
}

export class RevokeCertificateDto {
  @ApiProperty({ maxLength: CERTIFICATE_NOTE_MAX, example: 'Emitido por error: la persona no concluyó el curso' })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Escriba el motivo de la revocación' })
  @MaxLength(CERTIFICATE_NOTE_MAX, { message: `Use como máximo ${CERTIFICATE_NOTE_MAX} caracteres` })
  reason: string;
}

export class ReissueCertificateDto {
  @ApiProperty({ maxLength: CERTIFICATE_NOTE_MAX, example: 'Corrección del apellido del titular' })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'Escriba qué se corrige' })
  @MaxLength(CERTIFICATE_NOTE_MAX, { message: `Use como máximo ${CERTIFICATE_NOTE_MAX} caracteres` })
  note: string;
}

/** The job a batch started (poll GET /api/jobs/:id), and how many enrolments it will look at. */
export class CertificateBatchDto {
  @ApiProperty({ format: 'uuid', description: 'Tarea en segundo plano: GET /api/jobs/{id}' }) jobId: string;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toCertificateDto = (c: Certificate, replacementCode: string | null = null): CertificateDto => ({
  id: c.id,
  serial: c.serial,
  kind: c.kind,
  status: c.status,
  verificationCode: c.verificationCode,
  holderId: c.holderId,
  holderName: c.snapshot.holder.fullName,
  nationalId: c.snapshot.holder.nationalId,
  enrolmentId: c.enrolmentId,
  cohortId: c.cohortId,
  courseId: c.courseId,
  course: c.snapshot.course ? { ...c.snapshot.course, modality: c.snapshot.course.modality as Modality } : null,
  cohort: c.snapshot.cohort,
  internship: c.snapshot.internship ?? null,
  hours: c.hours,
  finalScore: c.snapshot.finalScore,
  attendanceRate: c.snapshot.attendanceRate,
  competencies: c.snapshot.competencies,
  issuedAt: c.issuedAt.toISOString(),
  revokedAt: iso(c.revokedAt),
  revocationReason: c.revocationReason,
  supersededAt: iso(c.supersededAt),
  supersededById: c.supersededById,
  replacementCode,
  supersedesId: c.supersedesId,
  correctionNote: c.correctionNote,
});

export const toPublicCertificateDto = (c: Certificate, replacement: PublicCertificateReplacementDto | null): PublicCertificateDto => {
  const holder = c.snapshot.holder;
  return {
    status: c.status,
    serial: c.serial,
    kind: c.kind,
    verificationCode: c.verificationCode,
    holderName: holder.fullName,
    nationalId: holder.nationalIdNumber
      ? publicNationalId(holder.nationalIdNumber, holder.nationalIdComplement, holder.nationalIdIssuedIn)
      : publicNationalId(holder.nationalId.split(/[-\s]/)[0]),
    municipality: holder.municipality,
    course: c.snapshot.course ? { ...c.snapshot.course, modality: c.snapshot.course.modality as Modality } : null,
    cohort: c.snapshot.cohort,
    internship: c.snapshot.internship ?? null,
    hours: c.hours,
    competencies: c.snapshot.competencies,
    issuer: c.snapshot.issuer,
    signatories: c.snapshot.signatories,
    issuedAt: c.issuedAt.toISOString(),
    revokedAt: iso(c.revokedAt),
    revocationReason: c.revocationReason,
    supersededAt: iso(c.supersededAt),
    replacement,
  };
};
