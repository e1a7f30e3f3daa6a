import { ValidateBy } from 'class-validator';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@campus/domain';

export const PASSWORD_MESSAGE = `Debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres, con letras y números`;

/** The shared password rule of @campus/domain (the SPA checks the same), with one message. */
export const StrongPassword = () =>
  ValidateBy({
    name: 'strongPassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.length <= 128 && isStrongPassword(value),
      defaultMessage: () => PASSWORD_MESSAGE,
    },
  });
