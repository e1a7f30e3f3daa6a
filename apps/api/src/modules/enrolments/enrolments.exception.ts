import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum EnrolmentsExceptionCode {
  NotFound = 'ENROLMENT_NOT_FOUND',
  CohortNotFound = 'ENROLMENT_COHORT_NOT_FOUND',
  EnrolmentClosed = 'ENROLMENT_CLOSED',
  Rejected = 'ENROLMENT_REJECTED',
  PrerequisitesMissing = 'ENROLMENT_PREREQUISITES_MISSING',
  InvalidTransition = 'ENROLMENT_INVALID_TRANSITION',
  ReasonRequired = 'ENROLMENT_REASON_REQUIRED',
  CohortNotScheduled = 'ENROLMENT_COHORT_NOT_SCHEDULED',
  BulkInvalid = 'ENROLMENT_BULK_INVALID',
  ImportFileMissing = 'ENROLMENT_IMPORT_FILE_MISSING',
}

const STATUS: Record<EnrolmentsExceptionCode, HttpStatus> = {
  [EnrolmentsExceptionCode.NotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsExceptionCode.CohortNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsExceptionCode.EnrolmentClosed]: HttpStatus.CONFLICT,
  [EnrolmentsExceptionCode.Rejected]: HttpStatus.CONFLICT,
  [EnrolmentsExceptionCode.PrerequisitesMissing]: HttpStatus.CONFLICT,
  [EnrolmentsExceptionCode.InvalidTransition]: HttpStatus.CONFLICT,
  [EnrolmentsExceptionCode.ReasonRequired]: HttpStatus.BAD_REQUEST,
  [EnrolmentsExceptionCode.CohortNotScheduled]: HttpStatus.CONFLICT,
  [EnrolmentsExceptionCode.BulkInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [EnrolmentsExceptionCode.ImportFileMissing]: HttpStatus.BAD_REQUEST,
};

export class EnrolmentsException extends DomainException<EnrolmentsExceptionCode> {
  constructor(code: EnrolmentsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
