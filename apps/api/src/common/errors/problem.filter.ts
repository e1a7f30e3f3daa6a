import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';
import type { FieldError } from './domain.exception';

const TITLES: Record<number, string> = {
  400: 'Solicitud no válida',
  401: 'No autenticado',
  403: 'Sin permiso',
  404: 'No encontrado',
  409: 'Conflicto',
  413: 'Archivo demasiado grande',
  422: 'Datos no procesables',
  423: 'Cuenta bloqueada',
  429: 'Demasiadas solicitudes',
  500: 'Error interno',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
}

const snakeToCamel = (value: string) => value.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** `uq_users_email` → field `email`, `uq_users_national_id` → `nationalId`. */
export const fieldFromConstraint = (constraint: string, table?: string): string => {
  const withoutPrefix = constraint.replace(/^(uq|fk|ck)_/, '');
  const field = table && withoutPrefix.startsWith(`${table}_`) ? withoutPrefix.slice(table.length + 1) : withoutPrefix;
  return snakeToCamel(field);
};

/** Unique keys whose name does not spell the request field they guard (multi-column or expression indexes). */
const CONSTRAINT_FIELDS: Record<string, string> = {
  uq_users_national_id: 'nationalIdNumber',
};

const toProblem = (exception: unknown): ProblemBody => {
  if (exception instanceof DomainException) {
    return {
      type: `urn:campus-egm:problem:${exception.code}`,
      title: TITLES[exception.status] ?? 'Error',
      status: exception.status,
      detail: exception.message,
      code: exception.code,
      errors: exception.errors,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const body = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const errors = Array.isArray(body['errors']) ? (body['errors'] as FieldError[]) : undefined;
    const message = typeof body['message'] === 'string' ? body['message'] : exception.message;
    return {
      type: 'about:blank',
      title: TITLES[status] ?? exception.name,
      status,
      detail: status === 429 ? 'Demasiados intentos; espere un momento e intente de nuevo' : message,
      errors,
    };
  }
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as { code?: string; constraint?: string; table?: string };
    if (driverError.code === '23505' && driverError.constraint) {
      const field = CONSTRAINT_FIELDS[driverError.constraint] ?? fieldFromConstraint(driverError.constraint, driverError.table);
      return {
        type: 'urn:campus-egm:problem:duplicate',
        title: TITLES[409],
        status: HttpStatus.CONFLICT,
        detail: 'Ya existe un registro con ese valor',
        errors: [{ field, message: 'Ya está registrado' }],
      };
    }
  }
  return { type: 'about:blank', title: TITLES[500], status: 500, detail: 'Ocurrió un error inesperado' };
};

/** Maps every error to application/problem+json (RFC 9457), once, for the whole API. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
