import type { HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
  line?: number;
}

/**
 * Base of every feature's exception (`UsersException`, `AuthException`, ...): a stable code, the
 * HTTP status it maps to, a Spanish message for people, and optional per-field errors.
 */
export class DomainException<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly status: HttpStatus,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}
