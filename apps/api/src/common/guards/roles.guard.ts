import { ForbiddenException, Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasAnyRole } from '@campus/domain';
import type { Role } from '@campus/domain';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../decorators/auth.decorators';
import type { AuthUser } from '../decorators/auth.decorators';

/**
 * Global guard: a non-public route must declare its roles. A route that declares none is refused
 * (secure by default); a test also fails for such a route.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!roles || !user || !hasAnyRole(user.roles, roles)) {
      throw new ForbiddenException('No tiene permiso para esta acción');
    }
    return true;
  }
}
