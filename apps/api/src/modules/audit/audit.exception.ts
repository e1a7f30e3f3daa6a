import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum AuditExceptionCode {
  InvalidFilter = 'AUDIT_INVALID_FILTER',
}

const STATUS: Record<AuditExceptionCode, HttpStatus> = {
  [AuditExceptionCode.InvalidFilter]: HttpStatus.BAD_REQUEST,
};

export class AuditException extends DomainException<AuditExceptionCode> {
  constructor(code: AuditExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
