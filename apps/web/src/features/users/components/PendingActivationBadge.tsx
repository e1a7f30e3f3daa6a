import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';

/** "Pendiente de activación": the account has no password yet (an imported official). */
export const PendingActivationBadge = ({ user }: { user: UserDto }) => {
  const { t } = useTranslation();
  return user.pendingActivation ? (
    <>
      {' '}
      <span className="badge badge--pending">{t('users.pendingActivation')}</span>
    </>
  ) : null;
};
