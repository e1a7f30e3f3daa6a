import { hasAnyRole, isRole, navSectionsFor, peopleScope } from './roles';

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
    expect(participant).toEqual(['home', 'profile', 'catalogue', 'learning', 'myCompetencies', 'certificates', 'internships']);
    const admin = navSectionsFor(['admin']).map((s) => s.key);
    expect(admin).toEqual([
      'home',
      'profile',
      'catalogue',
      'enrolments',
      'teaching',
      'internships',
      'reports',
      'courses',
      'calendar',
      'competencies',
      'users',
      'import',
      'municipalities',
      'audit',
    ]);
    expect(navSectionsFor(['tutor']).map((s) => s.key)).toEqual(['home', 'profile', 'catalogue', 'internships']);
    expect(navSectionsFor(['facilitator', 'tutor']).map((s) => s.key)).toEqual([
      'home',
      'profile',
      'catalogue',
      'teaching',
      'internships',
      'courses',
      'calendar',
    ]);
  });

  it('opens the people list, but not the import, to coordinators, managers and municipal liaisons', () => {
    expect(navSectionsFor(['coordinator']).map((s) => s.key)).toEqual([
      'home',
      'profile',
      'catalogue',
      'enrolments',
      'teaching',
      'internships',
      'reports',
      'courses',
      'calendar',
      'competencies',
      'users',
      'municipalities',
    ]);
    expect(navSectionsFor(['manager']).map((s) => s.key)).toEqual([
      'home',
      'profile',
      'catalogue',
      'internships',
      'reports',
      'competencies',
      'users',
      'municipalities',
    ]);
    expect(navSectionsFor(['municipal_liaison', 'participant']).map((s) => s.key)).toEqual([
      'home',
      'profile',
      'catalogue',
      'learning',
      'myCompetencies',
      'certificates',
      'enrolments',
      'internships',
      'reports',
      'users',
    ]);
  });

  it('lets a municipal liaison see only their municipality, unless another role sees everyone', () => {
    expect(peopleScope(['admin'])).toBe('everyone');
    expect(peopleScope(['coordinator'])).toBe('everyone');
    expect(peopleScope(['manager'])).toBe('everyone');
    expect(peopleScope(['municipal_liaison', 'participant'])).toBe('municipality');
    expect(peopleScope(['municipal_liaison', 'coordinator'])).toBe('everyone');
    expect(peopleScope(['participant'])).toBe('self');
    expect(peopleScope(['facilitator', 'tutor'])).toBe('self');
  });
});
