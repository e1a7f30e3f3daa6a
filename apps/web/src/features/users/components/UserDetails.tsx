import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES } from '@campus/domain';
import type { UserDto } from '../../../app/dto';
import { formatDateTime } from '../../../shared/format';
import { DetailsList } from '../../../shared/DetailsList';
import { RoleList } from '../../../shared/RoleList';
import { PendingActivationBadge } from './PendingActivationBadge';

/** A person's record, read-only, as a description list; `withStatus` adds whether the account is active. */
export const UserDetails = ({
  user,
  withStatus = false,
}: {
  user: UserDto;
  withStatus?: boolean;
}) => {
  const { t } = useTranslation();
  const nationalId = [user.nationalIdNumber, user.nationalIdComplement].filter(Boolean).join('-');
  const rows: [string, ReactNode][] = [
    [t('profile.fullName'), user.fullName],
    [t('profile.email'), user.email],
    [
      t('profile.nationalId'),
      `${nationalId} ${t('profile.issuedIn', { dept: DEPARTMENT_NAMES[user.nationalIdIssuedIn] ?? user.nationalIdIssuedIn })}`,
    ],
    [t('profile.gender'), t(`genders.${user.gender}`)],
    [t('profile.municipality'), user.municipality?.name ?? t('common.none')],
    [t('profile.orgUnit'), user.orgUnit ?? t('common.none')],
    [t('profile.position'), user.position ?? t('common.none')],
    [t('profile.phone'), user.phone ?? t('common.none')],
    [t('profile.roles'), <RoleList key="roles" roles={user.roles} />],
  ];
  if (withStatus) {
    rows.push([
      t('users.columns.status'),
      <span key="status">
        <span className={user.active ? 'badge badge--ok' : 'badge badge--off'}>
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
        <PendingActivationBadge user={user} />
      </span>,
    ]);
  }
  rows.push(
    [t('profile.lastLogin'), formatDateTime(user.lastLoginAt)],
    [t('profile.memberSince'), formatDateTime(user.createdAt)],
  );
  return <DetailsList rows={rows} />;
};
