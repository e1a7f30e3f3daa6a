import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '@campus/domain';
import type { Role } from '@campus/domain';
import { useCallsForPlacement } from '../hooks/useCallsForPlacement';

/**
 * The `/pasantias` hub's links of this slice: per call, selection (coordinators), follow-up board and
 * report (coordinators and Gerencia); the follow-up form.
 */
export const PlacementHubLinks = ({ roles }: { roles: readonly Role[] }) => {
  const { t } = useTranslation();
  const coordinates = hasAnyRole(roles, ['coordinator', 'admin']);
  const oversees = coordinates || roles.includes('manager');
  const calls = useCallsForPlacement(oversees);
  return (
    <>
      {hasAnyRole(roles, ['participant', 'municipal_liaison']) ? (
        <p>
          <Link to="/pasantias/seguimiento">{t('internships.placement.links.myFollowUps')}</Link>
        </p>
      ) : null}
      {oversees && calls.data && calls.data.length > 0 ? (
        <section aria-labelledby="placement-hub" className="panel">
          <h2 id="placement-hub">{t(coordinates ? 'internships.placement.hub.title' : 'internships.placement.hub.titleReadOnly')}</h2>
          <ul>
            {calls.data.map((c) => (
              <li key={c.id}>
                <strong>{c.title}</strong>:{' '}
                {coordinates ? (
                  <>
                    <Link to={`/pasantias/convocatorias/${c.id}/seleccion`} aria-label={t('internships.placement.hub.selectionOf', { call: c.title })}>
                      {t('internships.placement.links.selection')}
                    </Link>
                    {' · '}
                  </>
                ) : null}
                <Link to={`/pasantias/convocatorias/${c.id}/seguimiento`} aria-label={t('internships.placement.hub.boardOf', { call: c.title })}>
                  {t('internships.placement.links.board')}
                </Link>
                {' · '}
                <Link to={`/pasantias/convocatorias/${c.id}/informe`} aria-label={t('internships.placement.hub.reportOf', { call: c.title })}>
                  {t('internships.placement.links.report')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};
