import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CatalogueExceptionCode {
  CourseNotFound = 'CATALOGUE_COURSE_NOT_FOUND',
  InvalidDateRange = 'CATALOGUE_INVALID_DATE_RANGE',
}

const STATUS: Record<CatalogueExceptionCode, HttpStatus> = {
  [CatalogueExceptionCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CatalogueExceptionCode.InvalidDateRange]: HttpStatus.BAD_REQUEST,
};

export class CatalogueException extends DomainException<CatalogueExceptionCode> {
  constructor(code: CatalogueExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
