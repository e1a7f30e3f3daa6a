import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@campus/domain';
import { SelectField, TextField } from '../../../shared/Field';
import { useMunicipalities } from '../../municipalities/hooks/useMunicipalities';

export interface UserFilterValues {
  search: string;
  role: string;
  municipalityId: string;
  status: string;
}

interface UserFiltersFormProps {
  values: UserFilterValues;
  onChange: (values: UserFilterValues) => void;
}

/** Search box and filters; a choice in a list applies at once, the text on "Buscar" or Enter. */
export const UserFiltersForm = ({ values, onChange }: UserFiltersFormProps) => {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();

  const read = (form: HTMLFormElement): UserFilterValues => {
    const data = new FormData(form);
    return {
      search: String(data.get('search') ?? '').trim(),
      role: String(data.get('role') ?? ''),
      municipalityId: String(data.get('municipalityId') ?? ''),
      status: String(data.get('status') ?? ''),
    };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const applyNow = (event: FormEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  const options = [...(municipalities.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'es'));

  return (
    <form role="search" aria-label={t('users.filters')} className="filters" onSubmit={onSubmit}>
      <TextField
        label={t('users.search')}
        name="search"
        type="search"
        hint={t('users.searchHint')}
        defaultValue={values.search}
        className="filters-search"
      />
      <SelectField label={t('users.role')} name="role" value={values.role} onChange={applyNow}>
        <option value="">{t('users.allRoles')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('users.municipality')} name="municipalityId" value={values.municipalityId} onChange={applyNow}>
        <option value="">{t('users.allMunicipalities')}</option>
        {options.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('users.status')} name="status" value={values.status} onChange={applyNow}>
        <option value="">{t('users.statusAll')}</option>
        <option value="activo">{t('users.statusActive')}</option>
        <option value="inactivo">{t('users.statusInactive')}</option>
      </SelectField>
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </div>
    </form>
  );
};
