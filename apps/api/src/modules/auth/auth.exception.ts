import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum AuthExceptionCode {
  InvalidCredentials = 'AUTH_INVALID_CREDENTIALS',
  MissingCredentials = 'AUTH_MISSING_CREDENTIALS',
  AccountLocked = 'AUTH_ACCOUNT_LOCKED',
  AccountInactive = 'AUTH_ACCOUNT_INACTIVE',
  InvalidRefreshToken = 'AUTH_INVALID_REFRESH_TOKEN',
}

const STATUS: Record<AuthExceptionCode, HttpStatus> = {
  [AuthExceptionCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [AuthExceptionCode.MissingCredentials]: HttpStatus.BAD_REQUEST,
  [AuthExceptionCode.AccountLocked]: HttpStatus.LOCKED,
  [AuthExceptionCode.AccountInactive]: HttpStatus.FORBIDDEN,
  [AuthExceptionCode.InvalidRefreshToken]: HttpStatus.UNAUTHORIZED,
};

export class AuthException extends DomainException<AuthExceptionCode> {
  constructor(code: AuthExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
