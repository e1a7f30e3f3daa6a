import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum NotificationsExceptionCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
}

const STATUS: Record<NotificationsExceptionCode, HttpStatus> = {
  [NotificationsExceptionCode.NotFound]: HttpStatus.NOT_FOUND,
};

export class NotificationsException extends DomainException<NotificationsExceptionCode> {
  constructor(code: NotificationsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
