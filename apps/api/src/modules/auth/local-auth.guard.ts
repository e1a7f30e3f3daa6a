import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AuthException, AuthExceptionCode } from './auth.exception';

/** Runs passport-local; a request without email or password gets a 400 naming the fields. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  handleRequest<TUser>(error: unknown, user: TUser, info: { message?: string } | undefined): TUser {
    if (error) throw error;
    if (!user) {
      throw new AuthException(AuthExceptionCode.MissingCredentials, info?.message === 'Missing credentials' ? 'Escriba su correo y contraseña' : 'Correo o contraseña incorrectos', [
        { field: 'email', message: 'Es obligatorio' },
        { field: 'password', message: 'Es obligatorio' },
      ]);
    }
    return user;
  }
}
