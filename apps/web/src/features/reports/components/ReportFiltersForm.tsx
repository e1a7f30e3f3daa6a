import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, MODALITIES, reportPeriodProblems } from '@campus/domain';
import { CheckboxField, SelectField, TextField } from '../../../shared/Field';
import type { ReportOptions } from '../api/types';
import { EMPTY_REPORT_FILTERS } from '../reportParams';
import type { ReportFilterValues } from '../reportParams';

interface ReportFiltersFormProps {
  /** The applied filters, with the period filled in. */
  values: ReportFilterValues;
  options: ReportOptions;
  /** Errors by filter name, from the API's answer. */
  errors: Record<string, string>;
  onApply: (values: ReportFilterValues) => void;
  onClear: () => void;
}

const read = (form: HTMLFormElement): ReportFilterValues => {
  const data = new FormData(form);
  const value = (name: keyof ReportFilterValues) => String(data.get(name) ?? '').trim();
  return Object.fromEntries(
    (Object.keys(EMPTY_REPORT_FILTERS) as (keyof ReportFilterValues)[]).map((name) => [
      name,
      value(name),
    ]),
  ) as unknown as ReportFilterValues;
};

/**
 * Desde, Hasta, Departamento and Municipio (not for a liaison, whose report covers their own), Área
 * de gestión, Modalidad, Curso (of the chosen area), Género, Meta ODS and the publication option;
 * applied with "Aplicar filtros", the period checked first.
 */
export const ReportFiltersForm = ({
  values,
  options,
  errors,
  onApply,
  onClear,
}: ReportFiltersFormProps) => {
  const { t } = useTranslation();
  const [department, setDepartment] = useState(values.department);
  const [municipalityId, setMunicipalityId] = useState(values.municipalityId);
  const [areaId, setAreaId] = useState(values.areaId);
  const [courseId, setCourseId] = useState(values.courseId);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const shown = { ...errors, ...problems };
  const everyone = options.scope.kind === 'everyone';

  const departmentName = new Map(options.departments.map((d) => [d.code, d.name]));
  const municipalities = options.municipalities
    .filter((m) => !department || m.department === department)
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
  const groups = [...new Set(municipalities.map((m) => m.department))].sort((a, b) =>
    a === null
      ? 1
      : b === null
        ? -1
        : (departmentName.get(a) ?? a).localeCompare(departmentName.get(b) ?? b, 'es'),
  );
  // A target from the address that the list lacks stays shown (with the API's message beside it).
  const sdgTargets =
    values.sdgTarget && !options.sdgTargets.includes(values.sdgTarget)
      ? [...options.sdgTargets, values.sdgTarget]
      : options.sdgTargets;
  const courses = options.courses
    .filter((c) => !areaId || c.areaId === areaId)
    .sort((a, b) => a.code.localeCompare(b.code, 'es'));

  return (
    <form
      role="search"
      aria-label={t('reports.filters.label')}
      className="filters report-filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const next = read(event.currentTarget);
        const found = reportPeriodProblems(next.from, next.to);
        setProblems(found);
        if (Object.keys(found).length > 0) {
          const first = event.currentTarget.elements.namedItem(Object.keys(found)[0]);
          if (first instanceof HTMLElement) first.focus();
          return;
        }
        onApply(next);
      }}
    >
      <TextField
        label={t('reports.filters.from')}
        name="from"
        type="date"
        required
        defaultValue={values.from}
        error={shown.from}
      />
      <TextField
        label={t('reports.filters.to')}
        name="to"
        type="date"
        required
        defaultValue={values.to}
        error={shown.to}
      />
      {everyone ? (
        <>
          <SelectField
            label={t('reports.filters.department')}
            name="department"
            value={department}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setDepartment(next);
              if (
                next &&
                options.municipalities.find((m) => m.id === municipalityId)?.department !== next
              )
                setMunicipalityId('');
            }}
            error={shown.department}
          >
            <option value="">{t('reports.filters.allDepartments')}</option>
            {options.departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('reports.filters.municipality')}
            name="municipalityId"
            value={municipalityId}
            onChange={(event) => setMunicipalityId(event.currentTarget.value)}
            error={shown.municipalityId}
          >
            <option value="">{t('reports.filters.allMunicipalities')}</option>
            {groups.map((group) => (
              <optgroup
                key={group ?? 'none'}
                label={
                  group === null
                    ? t('reports.filters.otherCountries')
                    : (departmentName.get(group) ?? group)
                }
              >
                {municipalities
                  .filter((m) => m.department === group)
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </SelectField>
        </>
      ) : null}
      <SelectField
        label={t('reports.filters.area')}
        name="areaId"
        value={areaId}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setAreaId(next);
          if (next && options.courses.find((c) => c.id === courseId)?.areaId !== next)
            setCourseId('');
        }}
        error={shown.areaId}
      >
        <option value="">{t('reports.filters.allAreas')}</option>
        {options.areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reports.filters.course')}
        name="courseId"
        value={courseId}
        onChange={(event) => setCourseId(event.currentTarget.value)}
        hint={areaId ? t('reports.filters.courseHint') : undefined}
        error={shown.courseId}
      >
        <option value="">{t('reports.filters.allCourses')}</option>
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.code} — {course.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reports.filters.modality')}
        name="modality"
        defaultValue={values.modality}
        error={shown.modality}
      >
        <option value="">{t('reports.filters.allModalities')}</option>
        {MODALITIES.map((modality) => (
          <option key={modality} value={modality}>
            {t(`courses.modality.${modality}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reports.filters.gender')}
        name="gender"
        defaultValue={values.gender}
        error={shown.gender}
      >
        <option value="">{t('reports.filters.allGenders')}</option>
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {t(`genders.${gender}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reports.filters.sdg')}
        name="sdgTarget"
        defaultValue={values.sdgTarget}
        error={shown.sdgTarget}
      >
        <option value="">{t('reports.filters.allSdgs')}</option>
        {sdgTargets.map((target) => (
          <option key={target} value={target}>
            {target}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('reports.filters.suppress')}
        name="suppress"
        value="1"
        defaultChecked={values.suppress === '1'}
        error={shown.suppress}
      />
      <div className="filters-actions row-actions">
        <button type="submit" className="button">
          {t('reports.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setProblems({});
            onClear();
          }}
        >
          {t('reports.filters.clear')}
        </button>
      </div>
    </form>
  );
};
