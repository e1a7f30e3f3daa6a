import { useTranslation } from 'react-i18next';
import { ROLES } from '@campus/domain';
import { SelectField } from '../../../shared/Field';
import { FiltersForm } from '../../../shared/FiltersForm';
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
  /** Off for a municipal liaison, who only ever sees their own municipality. */
  byMunicipality?: boolean;
}

export const UserFiltersForm = ({ values, onChange, byMunicipality = true }: UserFiltersFormProps) => {
  const { t } = useTranslation();
  const municipalities = useMunicipalities(undefined, { enabled: byMunicipality });
  const options = [...(municipalities.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'es'));

  return (
    <FiltersForm
      label={t('users.filters')}
      searchLabel={t('users.search')}
      searchHint={t('users.searchHint')}
      values={values}
      onChange={onChange}
    >
      {(apply) => (
        <>
          <SelectField label={t('users.role')} name="role" value={values.role} onChange={apply}>
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          {byMunicipality ? (
            <SelectField label={t('users.municipality')} name="municipalityId" value={values.municipalityId} onChange={apply}>
              <option value="">{t('users.allMunicipalities')}</option>
              {options.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField label={t('users.status')} name="status" value={values.status} onChange={apply}>
            <option value="">{t('users.statusAll')}</option>
            <option value="activo">{t('users.statusActive')}</option>
            <option value="inactivo">{t('users.statusInactive')}</option>
          </SelectField>
        </>
      )}
    </FiltersForm>
  );
};
