import { hasAnyRole, isRole, navSectionsFor } from './roles';

describe('roles', () => {
  it('recognises only the known role codes', () => {
    expect(isRole('coordinator')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('grants when any held role is wanted', () => {
    expect(hasAnyRole(['participant', 'tutor'], ['tutor'])).toBe(true);
    expect(hasAnyRole(['participant'], ['admin', 'coordinator'])).toBe(false);
  });

  it('shows admin sections only to admins and the common ones to everyone', () => {
    const participant = navSectionsFor(['participant']).map((s) => s.key);
    expect(participant).toEqual(['home', 'profile']);
    const admin = navSectionsFor(['admin']).map((s) => s.key);
    expect(admin).toEqual(expect.arrayContaining(['users', 'import', 'municipalities']));
    const manager = navSectionsFor(['manager']).map((s) => s.key);
    expect(manager).toContain('municipalities');
    expect(manager).not.toContain('users');
  });
});
