import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum UsersExceptionCode {
  NotFound = 'USER_NOT_FOUND',
  EmailTaken = 'USER_EMAIL_TAKEN',
  NationalIdTaken = 'USER_NATIONAL_ID_TAKEN',
  UnknownMunicipality = 'USER_UNKNOWN_MUNICIPALITY',
  ImportInvalid = 'USER_IMPORT_INVALID',
  ImportFileMissing = 'USER_IMPORT_FILE_MISSING',
  WrongPassword = 'USER_WRONG_PASSWORD',
  CannotLockOutSelf = 'USER_CANNOT_LOCK_OUT_SELF',
  InactiveAccount = 'USER_INACTIVE_ACCOUNT',
  InvalidActivationLink = 'USER_INVALID_ACTIVATION_LINK',
}

const STATUS: Record<UsersExceptionCode, HttpStatus> = {
  [UsersExceptionCode.NotFound]: HttpStatus.NOT_FOUND,
  [UsersExceptionCode.EmailTaken]: HttpStatus.CONFLICT,
  [UsersExceptionCode.NationalIdTaken]: HttpStatus.CONFLICT,
  [UsersExceptionCode.UnknownMunicipality]: HttpStatus.BAD_REQUEST,
  [UsersExceptionCode.ImportInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [UsersExceptionCode.ImportFileMissing]: HttpStatus.BAD_REQUEST,
  [UsersExceptionCode.WrongPassword]: HttpStatus.BAD_REQUEST,
  [UsersExceptionCode.CannotLockOutSelf]: HttpStatus.BAD_REQUEST,
  [UsersExceptionCode.InactiveAccount]: HttpStatus.BAD_REQUEST,
  [UsersExceptionCode.InvalidActivationLink]: HttpStatus.NOT_FOUND,
};

export class UsersException extends DomainException<UsersExceptionCode> {
  constructor(code: UsersExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
