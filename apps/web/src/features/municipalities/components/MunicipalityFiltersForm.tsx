import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES, DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import { SelectField } from '../../../shared/Field';
import { FiltersForm } from '../../../shared/FiltersForm';

export interface MunicipalityFilterValues {
  search: string;
  department: string;
  kind: string;
}

interface Props {
  values: MunicipalityFilterValues;
  onChange: (values: MunicipalityFilterValues) => void;
}

export const MunicipalityFiltersForm = ({ values, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <FiltersForm
      label={t('municipalities.filters')}
      searchLabel={t('municipalities.search')}
      searchHint={t('municipalities.searchHint')}
      values={values}
      onChange={onChange}
    >
      {(apply) => (
        <>
          <SelectField label={t('municipalities.department')} name="department" value={values.department} onChange={apply}>
            <option value="">{t('municipalities.allDepartments')}</option>
            {DEPARTMENTS.map((code) => (
              <option key={code} value={code}>
                {DEPARTMENT_NAMES[code]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('municipalities.kind')} name="kind" value={values.kind} onChange={apply}>
            <option value="">{t('municipalities.allKinds')}</option>
            {MUNICIPALITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </FiltersForm>
  );
};
