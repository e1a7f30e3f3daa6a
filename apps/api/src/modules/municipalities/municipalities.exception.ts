import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum MunicipalitiesExceptionCode {
  MunicipalityNotFound = 'MUNICIPALITY_NOT_FOUND',
  AgreementNotFound = 'AGREEMENT_NOT_FOUND',
  CodeTaken = 'MUNICIPALITY_CODE_TAKEN',
  InvalidAgreementDates = 'AGREEMENT_INVALID_DATES',
  DepartmentRequired = 'MUNICIPALITY_DEPARTMENT_REQUIRED',
}

const STATUS: Record<MunicipalitiesExceptionCode, HttpStatus> = {
  [MunicipalitiesExceptionCode.MunicipalityNotFound]: HttpStatus.NOT_FOUND,
  [MunicipalitiesExceptionCode.AgreementNotFound]: HttpStatus.NOT_FOUND,
  [MunicipalitiesExceptionCode.CodeTaken]: HttpStatus.CONFLICT,
  [MunicipalitiesExceptionCode.InvalidAgreementDates]: HttpStatus.BAD_REQUEST,
  [MunicipalitiesExceptionCode.DepartmentRequired]: HttpStatus.BAD_REQUEST,
};

export class MunicipalitiesException extends DomainException<MunicipalitiesExceptionCode> {
  constructor(code: MunicipalitiesExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
