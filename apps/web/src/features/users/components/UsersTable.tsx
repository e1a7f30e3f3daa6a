import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import { useRoleNames } from '../../../shared/RoleList';
import { useActivateUser } from '../hooks/useActivateUser';
import { useDeactivateUser } from '../hooks/useDeactivateUser';
import { DataTable } from '../../../shared/DataTable';
import { PendingActivationBadge } from './PendingActivationBadge';

interface UsersTableProps {
  users: UserDto[];
  total: number;
  /** Admins get a button per row to activate or deactivate the account. */
  canManage?: boolean;
}

export const UsersTable = ({ users, total, canManage = false }: UsersTableProps) => {
  const { t } = useTranslation();
  const roleNames = useRoleNames();
  const activate = useActivateUser();
  const deactivate = useDeactivateUser();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const toggle = (user: UserDto) => {
    const mutation = user.active ? deactivate : activate;
    mutation.mutate(user.id, {
      onSuccess: (updated) =>
        setMessage({
          kind: 'success',
          text: t(updated.active ? 'users.activated' : 'users.deactivated', {
            name: updated.fullName,
          }),
        }),
      onError: (error) => setMessage({ kind: 'error', text: errorMessage(error, t) }),
    });
  };
  const busyId = activate.isPending
    ? activate.variables
    : deactivate.isPending
      ? deactivate.variables
      : null;

  return (
    <>
      <div aria-live="polite">
        {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      </div>
      <DataTable
        caption={t('users.caption', { total: formatNumber(total) })}
        columns={[
          t('users.columns.name'),
          t('users.columns.email'),
          t('users.columns.municipality'),
          t('users.columns.roles'),
          t('users.columns.status'),
          canManage && t('users.columns.actions'),
        ]}
        isEmpty={users.length === 0}
        emptyText={t('users.empty')}
      >
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <Link to={`/admin/usuarios/${user.id}`}>{user.fullName}</Link>
            </th>
            <td className="break">{user.email}</td>
            <td>{user.municipality?.name ?? t('common.none')}</td>
            <td>{roleNames(user.roles).join(', ')}</td>
            <td>
              <span className={user.active ? 'badge badge--ok' : 'badge badge--off'}>
                {user.active ? t('users.active') : t('users.inactive')}
              </span>
              <PendingActivationBadge user={user} />
            </td>
            {canManage ? (
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t(user.active ? 'users.deactivateUser' : 'users.activateUser', {
                    name: user.fullName,
                  })}
                  disabled={busyId === user.id}
                  onClick={() => toggle(user)}
                >
                  {user.active ? t('users.deactivate') : t('users.activate')}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </>
  );
};
