/** Roles a user may hold (several at once). Codes are stable identifiers; labels live in i18n. */
export const ROLES = [
  'participant',
  'municipal_liaison',
  'facilitator',
  'tutor',
  'coordinator',
  'manager',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const hasAnyRole = (held: readonly Role[], wanted: readonly Role[]): boolean =>
  wanted.some((role) => held.includes(role));

/** Roles that see every person's record; of the others, a municipal liaison sees their municipality's. */
export const SEES_EVERYONE = ['admin', 'coordinator', 'manager'] as const satisfies readonly Role[];

/** Whose records a user may read (the API's users.access.ts scopes its queries the same way). */
export type PeopleScope = 'everyone' | 'municipality' | 'self';
export const peopleScope = (roles: readonly Role[]): PeopleScope => {
  if (hasAnyRole(roles, SEES_EVERYONE)) return 'everyone';
  return roles.includes('municipal_liaison') ? 'municipality' : 'self';
};

/** Navigation sections of the SPA and which roles see each. The server enforces the same roles. */
export const NAV_SECTIONS = [
  { key: 'home', path: '/', roles: ROLES },
  { key: 'profile', path: '/perfil', roles: ROLES },
  { key: 'catalogue', path: '/catalogo', roles: ROLES },
  { key: 'learning', path: '/aprendizaje', roles: ['participant'] },
  { key: 'myCompetencies', path: '/mis-competencias', roles: ['participant'] },
  { key: 'certificates', path: '/mis-certificados', roles: ['participant'] },
  { key: 'enrolments', path: '/inscripciones', roles: ['admin', 'coordinator', 'municipal_liaison'] },
  { key: 'teaching', path: '/mis-cohortes', roles: ['admin', 'coordinator', 'facilitator'] },
  { key: 'internships', path: '/pasantias', roles: ['participant', 'municipal_liaison', 'tutor', 'coordinator', 'admin', 'manager'] },
  { key: 'reports', path: '/informes', roles: ['admin', 'coordinator', 'manager', 'municipal_liaison'] },
  { key: 'courses', path: '/cursos', roles: ['admin', 'coordinator', 'facilitator'] },
  { key: 'calendar', path: '/calendario', roles: ['admin', 'coordinator', 'facilitator'] },
  { key: 'competencies', path: '/competencias', roles: ['admin', 'coordinator', 'manager'] },
  {
    key: 'users',
    path: '/admin/usuarios',
    roles: ['admin', 'coordinator', 'manager', 'municipal_liaison'],
  },
  { key: 'import', path: '/admin/importar', roles: ['admin'] },
  { key: 'municipalities', path: '/admin/municipios', roles: ['admin', 'coordinator', 'manager'] },
  { key: 'audit', path: '/admin/auditoria', roles: ['admin'] },
] as const satisfies readonly { key: string; path: string; roles: readonly Role[] }[];
export type NavSectionKey = (typeof NAV_SECTIONS)[number]['key'];

export const navSectionsFor = (roles: readonly Role[]) =>
  NAV_SECTIONS.filter((section) => hasAnyRole(roles, section.roles));
