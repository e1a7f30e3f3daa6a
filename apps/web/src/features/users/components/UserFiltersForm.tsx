import { useTranslation } from 'react-i18next';
import { ROLES } from '@campus/domain';
import { SelectField } from '../../../shared/Field';
import { FiltersForm } from '../../../shared/FiltersForm';
import { MunicipalityFilter } from '../../municipalities/components/MunicipalityFilter';

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

export const UserFiltersForm = ({
  values,
  onChange,
  byMunicipality = true,
}: UserFiltersFormProps) => {
  const { t } = useTranslation();

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
            <MunicipalityFilter
              label={t('users.municipality')}
              allLabel={t('users.allMunicipalities')}
              value={values.municipalityId}
              onChange={apply}
            />
          ) : null}
          <SelectField
            label={t('users.status')}
            name="status"
            value={values.status}
            onChange={apply}
          >
            <option value="">{t('users.statusAll')}</option>
            <option value="activo">{t('users.statusActive')}</option>
            <option value="inactivo">{t('users.statusInactive')}</option>
          </SelectField>
        </>
      )}
    </FiltersForm>
  );
};
