import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useActivateUser } from '../hooks/useActivateUser';
import { useDeactivateUser } from '../hooks/useDeactivateUser';

/** Whether the account may sign in, with the button that changes it. */
export const AccountStatus = ({ user }: { user: UserDto }) => {
  const { t } = useTranslation();
  const activate = useActivateUser();
  const deactivate = useDeactivateUser();
  const mutation = user.active ? deactivate : activate;
  const failed = activate.error ?? deactivate.error;
  return (
    <div className="stack">
      <div aria-live="polite">
        <p>
          <span className={user.active ? 'badge badge--ok' : 'badge badge--off'}>
            {user.active ? t('users.active') : t('users.inactive')}
          </span>{' '}
          {user.active ? t('users.accountActive') : t('users.accountInactive')}
        </p>
      </div>
      <p className="muted">
        {user.lastLoginAt ? t('users.lastLogin', { date: formatDateTime(user.lastLoginAt) }) : t('users.neverLoggedIn')}
      </p>
      <FormErrorAlert message={failed ? errorMessage(failed, t) : null} />
      <div>
        <button
          type="button"
          className={user.active ? 'button button--danger' : 'button'}
          disabled={mutation.isPending}
          onClick={() => mutation.mutate(user.id)}
        >
          {user.active ? t('users.deactivate') : t('users.activate')}
        </button>
      </div>
    </div>
  );
};
