import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navSectionsFor } from '@campus/domain';
import type { Role } from '@campus/domain';

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
          <p>{t(`home.cards.${section.key}`)}</p>
        </li>
      ))}
    </ul>
  );
};
