import { useTranslation } from 'react-i18next';
import { COURSE_STATUSES } from '@campus/domain';
import { SelectField } from '../../../shared/Field';
import { FiltersForm } from '../../../shared/FiltersForm';
import { useFramework } from '../hooks/useFramework';
import { frameworkLabel } from './format';

export interface CourseFilterValues {
  search: string;
  status: string;
  areaId: string;
}

export const CourseFiltersForm = ({ values, onChange }: { values: CourseFilterValues; onChange: (values: CourseFilterValues) => void }) => {
  const { t } = useTranslation();
  const framework = useFramework();
  const areas = (framework.data ?? []).filter((item) => item.kind === 'area');

  return (
    <FiltersForm
      label={t('courses.filters')}
      searchLabel={t('courses.search')}
      searchHint={t('courses.searchHint')}
      values={values}
      onChange={onChange}
    >
      {(apply) => (
        <>
          <SelectField label={t('courses.filterStatus')} name="status" value={values.status} onChange={apply}>
            <option value="">{t('courses.allStatuses')}</option>
            {COURSE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`courses.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('courses.filterArea')} name="areaId" value={values.areaId} onChange={apply}>
            <option value="">{t('courses.allAreas')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {frameworkLabel(area)}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </FiltersForm>
  );
};
