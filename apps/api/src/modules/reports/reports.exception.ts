import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum ReportsExceptionCode {
  InvalidFilter = 'REPORTS_INVALID_FILTER',
  NoMunicipality = 'REPORTS_NO_MUNICIPALITY',
  ExportNotFound = 'REPORTS_EXPORT_NOT_FOUND',
  ExportNotReady = 'REPORTS_EXPORT_NOT_READY',
  /** Too many rows for a direct download: ask for a background export. */
  ExportTooLarge = 'REPORTS_EXPORT_TOO_LARGE',
}

const STATUS: Record<ReportsExceptionCode, HttpStatus> = {
  [ReportsExceptionCode.InvalidFilter]: HttpStatus.BAD_REQUEST,
  [ReportsExceptionCode.NoMunicipality]: HttpStatus.FORBIDDEN,
  [ReportsExceptionCode.ExportNotFound]: HttpStatus.NOT_FOUND,
  [ReportsExceptionCode.ExportNotReady]: HttpStatus.CONFLICT,
  [ReportsExceptionCode.ExportTooLarge]: HttpStatus.CONFLICT,
};

export class ReportsException extends DomainException<ReportsExceptionCode> {
  constructor(code: ReportsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
