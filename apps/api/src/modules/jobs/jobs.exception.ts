import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import type { FieldError } from '../../common/errors/domain.exception';

export enum JobsExceptionCode {
  JobNotFound = 'JOB_NOT_FOUND',
}

const STATUS: Record<JobsExceptionCode, HttpStatus> = {
  [JobsExceptionCode.JobNotFound]: HttpStatus.NOT_FOUND,
};

export class JobsException extends DomainException<JobsExceptionCode> {
  constructor(code: JobsExceptionCode, message: string, errors?: FieldError[]) {
    super(code, STATUS[code], message, errors);
  }
}
