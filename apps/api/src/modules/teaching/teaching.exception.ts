import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum TeachingExceptionCode {
  CohortNotFound = 'TEACHING_COHORT_NOT_FOUND',
  SessionNotFound = 'TEACHING_SESSION_NOT_FOUND',
  EnrolmentNotFound = 'TEACHING_ENROLMENT_NOT_FOUND',
  CohortNotOpen = 'TEACHING_COHORT_NOT_OPEN',
  InvalidMarks = 'TEACHING_INVALID_MARKS',
  SessionInFuture = 'TEACHING_SESSION_IN_FUTURE',
  GradeNotAllowed = 'TEACHING_GRADE_NOT_ALLOWED',
}

const STATUS: Record<TeachingExceptionCode, HttpStatus> = {
  [TeachingExceptionCode.CohortNotFound]: HttpStatus.NOT_FOUND,
  [TeachingExceptionCode.SessionNotFound]: HttpStatus.NOT_FOUND,
  [TeachingExceptionCode.EnrolmentNotFound]: HttpStatus.NOT_FOUND,
  [TeachingExceptionCode.CohortNotOpen]: HttpStatus.CONFLICT,
  [TeachingExceptionCode.InvalidMarks]: HttpStatus.BAD_REQUEST,
  [TeachingExceptionCode.SessionInFuture]: HttpStatus.CONFLICT,
  [TeachingExceptionCode.GradeNotAllowed]: HttpStatus.CONFLICT,
};

export class TeachingException extends DomainException<TeachingExceptionCode> {
  constructor(code: TeachingExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
