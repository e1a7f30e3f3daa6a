import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum CompetenciesExceptionCode {
  NotFound = 'COMPETENCY_NOT_FOUND',
  CodeTaken = 'COMPETENCY_CODE_TAKEN',
  InvalidParent = 'COMPETENCY_INVALID_PARENT',
  ParentRetired = 'COMPETENCY_PARENT_RETIRED',
  ImportInvalid = 'COMPETENCY_IMPORT_INVALID',
  ImportFileMissing = 'COMPETENCY_IMPORT_FILE_MISSING',
  SubAreaInUse = 'COMPETENCY_SUB_AREA_IN_USE',
}

const STATUS: Record<CompetenciesExceptionCode, HttpStatus> = {
  [CompetenciesExceptionCode.NotFound]: HttpStatus.NOT_FOUND,
  [CompetenciesExceptionCode.CodeTaken]: HttpStatus.CONFLICT,
  [CompetenciesExceptionCode.InvalidParent]: HttpStatus.BAD_REQUEST,
  [CompetenciesExceptionCode.ParentRetired]: HttpStatus.CONFLICT,
  [CompetenciesExceptionCode.ImportInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CompetenciesExceptionCode.ImportFileMissing]: HttpStatus.BAD_REQUEST,
  [CompetenciesExceptionCode.SubAreaInUse]: HttpStatus.CONFLICT,
};

export class CompetenciesException extends DomainException<CompetenciesExceptionCode> {
  constructor(code: CompetenciesExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
