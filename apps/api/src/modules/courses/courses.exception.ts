import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CoursesExceptionCode {
  CourseNotFound = 'COURSE_NOT_FOUND',
  VersionNotFound = 'COURSE_VERSION_NOT_FOUND',
  ModuleNotFound = 'COURSE_MODULE_NOT_FOUND',
  ActivityNotFound = 'COURSE_ACTIVITY_NOT_FOUND',
  CodeTaken = 'COURSE_CODE_TAKEN',
  Invalid = 'COURSE_INVALID',
  InvalidArea = 'COURSE_INVALID_AREA',
  InvalidCompetencies = 'COURSE_INVALID_COMPETENCIES',
  InvalidPrerequisites = 'COURSE_INVALID_PREREQUISITES',
  TermsLocked = 'COURSE_TERMS_LOCKED',
  InvalidStatusChange = 'COURSE_INVALID_STATUS_CHANGE',
  NotPublishable = 'COURSE_NOT_PUBLISHABLE',
  ContentLocked = 'COURSE_CONTENT_LOCKED',
  VersionNotLatest = 'COURSE_VERSION_NOT_LATEST',
  VersionNotNeeded = 'COURSE_VERSION_NOT_NEEDED',
  InvalidOrder = 'COURSE_INVALID_ORDER',
  InvalidActivity = 'COURSE_INVALID_ACTIVITY',
  InvalidQuestions = 'COURSE_INVALID_QUESTIONS',
  FileRequired = 'COURSE_FILE_REQUIRED',
  FileTooLarge = 'COURSE_FILE_TOO_LARGE',
  FileType = 'COURSE_FILE_TYPE',
  NoFile = 'COURSE_ACTIVITY_NO_FILE',
}

const STATUS: Record<CoursesExceptionCode, HttpStatus> = {
  [CoursesExceptionCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CoursesExceptionCode.VersionNotFound]: HttpStatus.NOT_FOUND,
  [CoursesExceptionCode.ModuleNotFound]: HttpStatus.NOT_FOUND,
  [CoursesExceptionCode.ActivityNotFound]: HttpStatus.NOT_FOUND,
  [CoursesExceptionCode.CodeTaken]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.Invalid]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.InvalidArea]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.InvalidCompetencies]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.InvalidPrerequisites]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.TermsLocked]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.InvalidStatusChange]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.NotPublishable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CoursesExceptionCode.ContentLocked]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.VersionNotLatest]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.VersionNotNeeded]: HttpStatus.CONFLICT,
  [CoursesExceptionCode.InvalidOrder]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.InvalidActivity]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.InvalidQuestions]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.FileRequired]: HttpStatus.BAD_REQUEST,
  [CoursesExceptionCode.FileTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [CoursesExceptionCode.FileType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [CoursesExceptionCode.NoFile]: HttpStatus.NOT_FOUND,
};

export class CoursesException extends DomainException<CoursesExceptionCode> {
  constructor(code: CoursesExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}

export const courseNotFound = () => new CoursesException(CoursesExceptionCode.CourseNotFound, 'Curso no encontrado');
