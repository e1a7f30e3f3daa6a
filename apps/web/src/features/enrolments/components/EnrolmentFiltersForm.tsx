import { useTranslation } from 'react-i18next';
import { ENROLMENT_STATUSES } from '@campus/domain';
import { SelectField } from '../../../shared/Field';
import { FiltersForm } from '../../../shared/FiltersForm';
import { MunicipalityFilter } from '../../municipalities/components/MunicipalityFilter';

export interface EnrolmentFilterValues {
  search: string;
  /** `pending` (requested or endorsed), one status, or '' for all. */
  status: string;
  municipalityId: string;
}

interface EnrolmentFiltersFormProps {
  values: EnrolmentFilterValues;
  onChange: (values: EnrolmentFilterValues) => void;
  /** Off for a municipal liaison, who only ever sees their own municipality. */
  byMunicipality: boolean;
}

export const EnrolmentFiltersForm = ({
  values,
  onChange,
  byMunicipality,
}: EnrolmentFiltersFormProps) => {
  const { t } = useTranslation();
  return (
    <FiltersForm
      label={t('enrolments.queue.filters')}
      searchLabel={t('enrolments.queue.search')}
      searchHint={t('enrolments.queue.searchHint')}
      values={values}
      onChange={onChange}
    >
      {(apply) => (
        <>
          <SelectField
            label={t('enrolments.queue.statusFilter')}
            name="status"
            value={values.status}
            onChange={apply}
          >
            <option value="pending">{t('enrolments.queue.pendingFilter')}</option>
            <option value="">{t('enrolments.queue.allStatuses')}</option>
            {ENROLMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`enrolments.status.${status}`)}
              </option>
            ))}
          </SelectField>
          {byMunicipality ? (
            <MunicipalityFilter
              label={t('enrolments.queue.municipality')}
              allLabel={t('enrolments.queue.allMunicipalities')}
              value={values.municipalityId}
              onChange={apply}
            />
          ) : null}
        </>
      )}
    </FiltersForm>
  );
};
