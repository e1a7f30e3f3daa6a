import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CallsExceptionCode {
  CallNotFound = 'INTERNSHIP_CALL_NOT_FOUND',
  ApplicationNotFound = 'INTERNSHIP_APPLICATION_NOT_FOUND',
  InvalidCall = 'INTERNSHIP_CALL_INVALID',
  CallNotEditable = 'INTERNSHIP_CALL_NOT_EDITABLE',
  UnitInUse = 'INTERNSHIP_HOST_UNIT_IN_USE',
  InvalidStatusChange = 'INTERNSHIP_CALL_INVALID_STATUS_CHANGE',
  NotEligible = 'INTERNSHIP_NOT_ELIGIBLE',
  CallNotOpen = 'INTERNSHIP_CALL_NOT_OPEN',
  AlreadyApplied = 'INTERNSHIP_ALREADY_APPLIED',
  InvalidPreferences = 'INTERNSHIP_INVALID_PREFERENCES',
  UnitFull = 'INTERNSHIP_HOST_UNIT_FULL',
  ApplicationClosed = 'INTERNSHIP_APPLICATION_CLOSED',
  LetterType = 'INTERNSHIP_LETTER_TYPE',
  LetterTooLarge = 'INTERNSHIP_LETTER_TOO_LARGE',
  LetterMissing = 'INTERNSHIP_LETTER_MISSING',
  InvalidEndorsement = 'INTERNSHIP_INVALID_ENDORSEMENT',
}

const STATUS: Record<CallsExceptionCode, HttpStatus> = {
  [CallsExceptionCode.CallNotFound]: HttpStatus.NOT_FOUND,
  [CallsExceptionCode.ApplicationNotFound]: HttpStatus.NOT_FOUND,
  [CallsExceptionCode.InvalidCall]: HttpStatus.BAD_REQUEST,
  [CallsExceptionCode.CallNotEditable]: HttpStatus.CONFLICT,
  [CallsExceptionCode.UnitInUse]: HttpStatus.CONFLICT,
  [CallsExceptionCode.InvalidStatusChange]: HttpStatus.CONFLICT,
  [CallsExceptionCode.NotEligible]: HttpStatus.FORBIDDEN,
  [CallsExceptionCode.CallNotOpen]: HttpStatus.CONFLICT,
  [CallsExceptionCode.AlreadyApplied]: HttpStatus.CONFLICT,
  [CallsExceptionCode.InvalidPreferences]: HttpStatus.BAD_REQUEST,
  [CallsExceptionCode.UnitFull]: HttpStatus.CONFLICT,
  [CallsExceptionCode.ApplicationClosed]: HttpStatus.CONFLICT,
  [CallsExceptionCode.LetterType]: HttpStatus.BAD_REQUEST,
  [CallsExceptionCode.LetterTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [CallsExceptionCode.LetterMissing]: HttpStatus.BAD_REQUEST,
  [CallsExceptionCode.InvalidEndorsement]: HttpStatus.CONFLICT,
};

/** Errors of internship calls, host units and applications. */
export class CallsException extends DomainException<CallsExceptionCode> {
  constructor(code: CallsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
