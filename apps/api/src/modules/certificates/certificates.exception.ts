import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CertificatesExceptionCode {
  CertificateNotFound = 'CERTIFICATE_NOT_FOUND',
  /** The public lookup: the same answer for malformed and unknown codes. */
  VerificationNotFound = 'CERTIFICATE_VERIFICATION_NOT_FOUND',
  EnrolmentNotFound = 'CERTIFICATE_ENROLMENT_NOT_FOUND',
  CohortNotFound = 'CERTIFICATE_COHORT_NOT_FOUND',
  PlacementNotFound = 'CERTIFICATE_PLACEMENT_NOT_FOUND',
  NotEarned = 'CERTIFICATE_NOT_EARNED',
  NotValid = 'CERTIFICATE_NOT_VALID',
  YearFull = 'CERTIFICATE_YEAR_FULL',
}

const STATUS: Record<CertificatesExceptionCode, HttpStatus> = {
  [CertificatesExceptionCode.CertificateNotFound]: HttpStatus.NOT_FOUND,
  [CertificatesExceptionCode.VerificationNotFound]: HttpStatus.NOT_FOUND,
  [CertificatesExceptionCode.EnrolmentNotFound]: HttpStatus.NOT_FOUND,
  [CertificatesExceptionCode.CohortNotFound]: HttpStatus.NOT_FOUND,
  [CertificatesExceptionCode.PlacementNotFound]: HttpStatus.NOT_FOUND,
  [CertificatesExceptionCode.NotEarned]: HttpStatus.CONFLICT,
  [CertificatesExceptionCode.NotValid]: HttpStatus.CONFLICT,
  [CertificatesExceptionCode.YearFull]: HttpStatus.CONFLICT,
};

export class CertificatesException extends DomainException<CertificatesExceptionCode> {
  constructor(code: CertificatesExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}

export const certificateNotFound = () =>
  new CertificatesException(CertificatesExceptionCode.CertificateNotFound, 'Certificado no encontrado');

/** What anyone typing a wrong, unknown or malformed code reads: nothing about what exists. */
export const verificationNotFound = () =>
  new CertificatesException(CertificatesExceptionCode.VerificationNotFound, 'No encontramos un certificado con ese código');
