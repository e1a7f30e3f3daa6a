import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, navSectionsFor, peopleScope } from '@campus/domain';
import type { NavSectionKey, Role } from '@campus/domain';

/** Roles that take part in the internships themselves (apply, endorse, tutor, run the calls). */
const INTERNSHIP_WORKFLOW_ROLES: readonly Role[] = ['participant', 'municipal_liaison', 'tutor', 'coordinator', 'admin'];

/** Coordinators, managers and municipal liaisons read the people list; only admins change it. */
const cardText = (key: Exclude<NavSectionKey, 'home'>, roles: readonly Role[]) => {
  if (key === 'users' && !roles.includes('admin')) {
    return peopleScope(roles) === 'municipality'
      ? 'home.cards.usersOfMunicipality'
      : 'home.cards.usersReadOnly';
  }
  if (key === 'reports' && peopleScope(roles) === 'municipality') return 'home.cards.reportsOfMunicipality';
  // Gerencia reads the calls, their reports and follow-up boards; it neither applies nor manages.
  if (key === 'internships' && !hasAnyRole(roles, INTERNSHIP_WORKFLOW_ROLES)) return 'home.cards.internshipsReadOnly';
  // Only coordinators and admins edit the framework (the API refuses the rest).
  if (key === 'competencies' && !hasAnyRole(roles, ['admin', 'coordinator'])) return 'home.cards.competenciesReadOnly';
  return `home.cards.${key}` as const;
};

/** One card per section the user's roles open (the home page itself excluded). */
export const SectionCards = ({ roles }: { roles: readonly Role[] }) => {
  const { t } = useTranslation();
  const sections = navSectionsFor(roles).filter((section) => section.key !== 'home');
  return (
    <ul className="cards">
      {sections.map((section) => (
        <li key={section.key} className="card">
          <h3>
            <Link to={section.path}>{t(`nav.${section.key}`)}</Link>
          </h3>
          <p>{t(cardText(section.key, roles))}</p>
        </li>
      ))}
    </ul>
  );
};
