import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CredentialsExceptionCode {
  CertificateNotFound = 'CREDENTIAL_CERTIFICATE_NOT_FOUND',
  KeyNotFound = 'CREDENTIAL_KEY_NOT_FOUND',
  SigningKeyUnavailable = 'CREDENTIAL_SIGNING_KEY_UNAVAILABLE',
}

const STATUS: Record<CredentialsExceptionCode, HttpStatus> = {
  [CredentialsExceptionCode.CertificateNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsExceptionCode.KeyNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsExceptionCode.SigningKeyUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};

export class CredentialsException extends DomainException<CredentialsExceptionCode> {
  constructor(code: CredentialsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
