import { createParamDecorator, SetMetadata } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ROLES } from '@campus/domain';
import type { Role } from '@campus/domain';
import type { Request } from 'express';

export const IS_PUBLIC_KEY = 'campus:isPublic';
export const ROLES_KEY = 'campus:roles';

/** Opts a route out of authentication. Every other route needs a token and a role. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles allowed on a route (any of them). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user, whatever their roles. */
export const AnyRole = () => Roles(...ROLES);

/** The authenticated user behind a request, as the JWT strategy loaded it. */
export interface AuthUser {
  id: string;
  email: string;
  roles: Role[];
  municipalityId: string | null;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const request = context.switchToHttp().getRequest<Request & { user: AuthUser }>();
  return request.user;
});
