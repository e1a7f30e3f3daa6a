import { BadRequestException, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './domain.exception';

const number = (message: string) => message.match(/(\d+)/)?.[1] ?? '';

/** Spanish messages for class-validator constraints (the defaults are English). */
const SPANISH: Record<string, (english: string) => string> = {
  isNotEmpty: () => 'Es obligatorio',
  isDefined: () => 'Es obligatorio',
  isEmail: () => 'Debe ser un correo electrónico válido',
  isString: () => 'Debe ser texto',
  isBoolean: () => 'Debe ser verdadero o falso',
  isInt: () => 'Debe ser un número entero',
  isNumber: () => 'Debe ser un número',
  isUUID: () => 'Debe ser un identificador válido',
  isIn: () => 'No es un valor permitido',
  isEnum: () => 'No es un valor permitido',
  isArray: () => 'Debe ser una lista',
  arrayNotEmpty: () => 'Debe tener al menos un elemento',
  arrayUnique: () => 'No debe tener elementos repetidos',
  isISO8601: () => 'Debe ser una fecha (AAAA-MM-DD)',
  isDateString: () => 'Debe ser una fecha (AAAA-MM-DD)',
  minLength: (m) => `Debe tener al menos ${number(m)} caracteres`,
  maxLength: (m) => `Debe tener como máximo ${number(m)} caracteres`,
  min: (m) => `Debe ser al menos ${number(m)}`,
  max: (m) => `Debe ser como máximo ${number(m)}`,
  matches: () => 'No tiene el formato esperado',
  whitelistValidation: () => 'Campo no permitido',
};

/** Flattens nested validation errors into one entry per bad field (`address.city`, `roles.0`). */
export const toFieldErrors = (errors: ValidationError[], parent = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => ({
      field,
      message: english.startsWith(error.property) || english.includes(' must ') || english.includes(' should ')
        ? (SPANISH[constraint]?.(english) ?? english)
        : english,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });

export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'Revise los campos marcados', errors: toFieldErrors(errors) }),
  });
