import type { SelectQueryBuilder } from 'typeorm';
import { peopleScope } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { User } from './entities/user.entity';
import { UsersException, UsersExceptionCode } from './users.exception';

/**
 * The one place that decides which people a user may see (DESIGN.md, scoping), by the shared
 * rule `peopleScope`: admins, coordinators and managers see everyone; a municipal liaison only
 * people of their municipality; anyone else only themself. Facilitator and tutor scopes arrive
 * with cohorts and internships.
 */
export const scopeUsersQuery = (qb: SelectQueryBuilder<User>, alias: string, viewer: AuthUser): SelectQueryBuilder<User> => {
  const scope = peopleScope(viewer.roles);
  if (scope === 'everyone') return qb;
  if (scope === 'municipality' && viewer.municipalityId) {
    return qb.andWhere(`(${alias}.municipality_id = :scopeMunicipality OR ${alias}.id = :scopeSelf)`, {
      scopeMunicipality: viewer.municipalityId,
      scopeSelf: viewer.id,
    });
  }
  return qb.andWhere(`${alias}.id = :scopeSelf`, { scopeSelf: viewer.id });
};

/** Throws "not found" (not "forbidden", to reveal nothing) when `user` is outside the viewer's scope. */
export const requireUserAccess = (viewer: AuthUser, user: Pick<User, 'id' | 'municipalityId'>): void => {
  const scope = peopleScope(viewer.roles);
  if (scope === 'everyone' || user.id === viewer.id) return;
  if (scope === 'municipality' && viewer.municipalityId && user.municipalityId === viewer.municipalityId) return;
  throw new UsersException(UsersExceptionCode.NotFound, 'Usuario no encontrado');
};
