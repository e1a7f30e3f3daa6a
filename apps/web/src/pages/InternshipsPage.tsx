import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '@campus/domain';
import { useSession } from '../features/auth/hooks/useSession';
import { CallsManager } from '../features/internship-calls/components/CallsManager';
import { EndorsementQueue } from '../features/internship-calls/components/EndorsementQueue';
import { PlacementHubLinks } from '../features/internship-placement/components/PlacementHubLinks';
import { ParticipantCalls } from '../features/internship-calls/components/ParticipantCalls';
import { PageTitle } from '../shared/PageTitle';

/**
 * `/pasantias`: a hub whose sections depend on the roles (calls, applications, endorsement; the other
 * slices add theirs). Gerencia reads the calls and opens each one's report and follow-up board.
 */
export const InternshipsPage = () => {
  const { t } = useTranslation();
  const roles = useSession().user?.roles ?? [];
  return (
    <>
      <PageTitle title={t('internships.calls.pageTitle')} />
      <ul className="internship-links">
        {roles.includes('participant') ? <li><Link to="/pasantias/mi-pasantia">{t('internships.logbook.hub.mine')}</Link></li> : null}
        {hasAnyRole(roles, ['tutor', 'coordinator', 'admin']) ? <li><Link to="/pasantias/mis-pasantes">{t('internships.logbook.hub.tutor')}</Link></li> : null}
      </ul>
      <PlacementHubLinks roles={roles} />
      {hasAnyRole(roles, ['admin', 'coordinator']) ? <CallsManager /> : roles.includes('manager') ? <CallsManager readOnly /> : null}
      {roles.includes('municipal_liaison') ? <EndorsementQueue /> : null}
      {roles.includes('participant') ? <ParticipantCalls /> : null}
    </>
  );
};
