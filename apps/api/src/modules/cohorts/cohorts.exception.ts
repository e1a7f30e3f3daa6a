import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CohortsExceptionCode {
  CohortNotFound = 'COHORT_NOT_FOUND',
  CourseNotFound = 'COHORT_COURSE_NOT_FOUND',
  SessionNotFound = 'COHORT_SESSION_NOT_FOUND',
  CourseArchived = 'COHORT_COURSE_ARCHIVED',
  CourseWithoutVersion = 'COHORT_COURSE_WITHOUT_VERSION',
  InvalidDates = 'COHORT_INVALID_DATES',
  EditionTaken = 'COHORT_EDITION_TAKEN',
  CapacityBelowSeats = 'COHORT_CAPACITY_BELOW_SEATS',
  InvalidFacilitators = 'COHORT_INVALID_FACILITATORS',
  SessionsOutsideDates = 'COHORT_SESSIONS_OUTSIDE_DATES',
  InvalidSession = 'COHORT_INVALID_SESSION',
  InvalidSeries = 'COHORT_INVALID_SERIES',
  CohortCancelled = 'COHORT_CANCELLED',
  InvalidStatusChange = 'COHORT_INVALID_STATUS_CHANGE',
  InvalidRange = 'COHORT_CALENDAR_INVALID_RANGE',
}

const STATUS: Record<CohortsExceptionCode, HttpStatus> = {
  [CohortsExceptionCode.CohortNotFound]: HttpStatus.NOT_FOUND,
  [CohortsExceptionCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CohortsExceptionCode.SessionNotFound]: HttpStatus.NOT_FOUND,
  [CohortsExceptionCode.CourseArchived]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.CourseWithoutVersion]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.InvalidDates]: HttpStatus.BAD_REQUEST,
  [CohortsExceptionCode.EditionTaken]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.CapacityBelowSeats]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.InvalidFacilitators]: HttpStatus.BAD_REQUEST,
  [CohortsExceptionCode.SessionsOutsideDates]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.InvalidSession]: HttpStatus.BAD_REQUEST,
  [CohortsExceptionCode.InvalidSeries]: HttpStatus.BAD_REQUEST,
  [CohortsExceptionCode.CohortCancelled]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.InvalidStatusChange]: HttpStatus.CONFLICT,
  [CohortsExceptionCode.InvalidRange]: HttpStatus.BAD_REQUEST,
};

export class CohortsException extends DomainException<CohortsExceptionCode> {
  constructor(code: CohortsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
