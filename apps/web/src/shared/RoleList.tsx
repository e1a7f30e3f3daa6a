import { useTranslation } from 'react-i18next';
import { ROLES } from '@campus/domain';
import type { Role } from '@campus/domain';

/** Role names in the interface language, in the canonical order. */
export const useRoleNames = () => {
  const { t } = useTranslation();
  return (roles: readonly Role[]) => ROLES.filter((role) => roles.includes(role)).map((role) => t(`roles.${role}`));
};

export const RoleList = ({ roles }: { roles: readonly Role[] }) => {
  const names = useRoleNames()(roles);
  return (
    <ul className="tags">
      {names.map((name) => (
        <li key={name} className="tag">
          {name}
        </li>
      ))}
    </ul>
  );
};
