import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES, DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import { SelectField, TextField } from '../../../shared/Field';

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
  const read = (form: HTMLFormElement): MunicipalityFilterValues => {
    const data = new FormData(form);
    return {
      search: String(data.get('search') ?? '').trim(),
      department: String(data.get('department') ?? ''),
      kind: String(data.get('kind') ?? ''),
    };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const applyNow = (event: FormEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  return (
    <form role="search" aria-label={t('municipalities.filters')} className="filters" onSubmit={onSubmit}>
      <TextField
        label={t('municipalities.search')}
        name="search"
        type="search"
        hint={t('municipalities.searchHint')}
        defaultValue={values.search}
        className="filters-search"
      />
      <SelectField label={t('municipalities.department')} name="department" value={values.department} onChange={applyNow}>
        <option value="">{t('municipalities.allDepartments')}</option>
        {DEPARTMENTS.map((code) => (
          <option key={code} value={code}>
            {DEPARTMENT_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('municipalities.kind')} name="kind" value={values.kind} onChange={applyNow}>
        <option value="">{t('municipalities.allKinds')}</option>
        {MUNICIPALITY_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </div>
    </form>
  );
};
