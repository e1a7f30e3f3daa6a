import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES, ENDORSEMENT_STATUSES, GENDERS } from '@campus/domain';
import type { Department } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { errorMessage } from '../../../shared/errors';
import { SelectField } from '../../../shared/Field';
import { formatNumber } from '../../../shared/format';
import type { SelectionDto } from '../api/types';
import { useSetPriority } from '../hooks/useSetPriority';

const departmentName = (code: string | null) => (code ? (DEPARTMENT_NAMES[code as Department] ?? code) : '—');

/** The call's applications with filters, ranked preferences, motivation, endorsement and the priority the coordinator sets. */
export const SelectionReview = ({ callId, selection }: { callId: string; selection: SelectionDto }) => {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ municipality: '', department: '', gender: '', unit: '', endorsement: '', status: '' });
  const [priorities, setPriorities] = useState<Record<string, string>>({});
  const setPriority = useSetPriority(callId);
  const apps = selection.applications;
  const municipalities = useMemo(
    () => [...new Map(apps.filter((a) => a.municipalityId).map((a) => [a.municipalityId as string, a.municipality as string])).entries()].sort((x, y) => x[1].localeCompare(y[1], 'es')),
    [apps],
  );
  const departments = useMemo(() => [...new Set(apps.map((a) => a.department).filter((d): d is string => d !== null))].sort(), [apps]);
  const shown = apps.filter(
    (a) =>
      (!filters.municipality || a.municipalityId === filters.municipality) &&
      (!filters.department || a.department === filters.department) &&
      (!filters.gender || a.gender === filters.gender) &&
      (!filters.unit || a.preferences.some((p) => p.hostUnitId === filters.unit)) &&
      (!filters.endorsement || a.endorsement === filters.endorsement) &&
      (!filters.status || a.status === filters.status),
  );
  const filter = (key: keyof typeof filters) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFilters((current) => ({ ...current, [key]: value }));
  };
  const all = t('internships.placement.filters.all');

  return (
    <section aria-labelledby="selection-applications" className="panel">
      <h2 id="selection-applications">{t('internships.placement.applications')}</h2>
      <div className="filters-grid">
        <SelectField label={t('internships.placement.filters.municipality')} name="municipio" value={filters.municipality} onChange={filter('municipality')}>
          <option value="">{all}</option>
          {municipalities.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </SelectField>
        <SelectField label={t('internships.placement.filters.department')} name="departamento" value={filters.department} onChange={filter('department')}>
          <option value="">{all}</option>
          {departments.map((code) => (
            <option key={code} value={code}>{departmentName(code)}</option>
          ))}
        </SelectField>
        <SelectField label={t('internships.placement.filters.gender')} name="genero" value={filters.gender} onChange={filter('gender')}>
          <option value="">{all}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>{t(`internships.placement.gender.${g}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('internships.placement.filters.unit')} name="unidad" value={filters.unit} onChange={filter('unit')}>
          <option value="">{all}</option>
          {selection.units.map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
        </SelectField>
        <SelectField label={t('internships.placement.filters.endorsement')} name="aval" value={filters.endorsement} onChange={filter('endorsement')}>
          <option value="">{all}</option>
          {ENDORSEMENT_STATUSES.map((e) => (
            <option key={e} value={e}>{t(`internships.placement.endorsement.${e}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('internships.placement.filters.status')} name="estado" value={filters.status} onChange={filter('status')}>
          <option value="">{all}</option>
          {(['submitted', 'placed', 'not_placed', 'withdrawn'] as const).map((s) => (
            <option key={s} value={s}>{t(`internships.placement.applicationStatus.${s}`)}</option>
          ))}
        </SelectField>
      </div>
      {setPriority.isError ? <Alert kind="error">{errorMessage(setPriority.error, t)}</Alert> : null}
      <DataTable
        caption={t('internships.placement.applicationsCaption', { shown: formatNumber(shown.length), total: formatNumber(apps.length) })}
        columns={[
          t('internships.placement.columns.applicant'),
          t('internships.placement.columns.municipality'),
          t('internships.placement.columns.preferences'),
          t('internships.placement.columns.endorsement'),
          t('internships.placement.columns.status'),
          t('internships.placement.columns.priority'),
        ]}
        isEmpty={shown.length === 0}
        emptyText={t('internships.placement.noApplications')}
      >
        {shown.map((a) => {
          const value = priorities[a.id] ?? String(a.priority);
          return (
            <tr key={a.id}>
              <td>
                <strong>{a.applicantName}</strong>
                <br />
                <span className="muted">{t(`internships.placement.gender.${a.gender}`)}</span>
                <details>
                  <summary>{t('internships.placement.motivation')}</summary>
                  <p>{a.motivation}</p>
                </details>
              </td>
              <td>
                {a.municipality ?? '—'}
                <br />
                <span className="muted">{departmentName(a.department)}</span>
              </td>
              <td>
                <ol>
                  {a.preferences.map((p) => (
                    <li key={p.rank}>{p.hostUnitName}</li>
                  ))}
                </ol>
              </td>
              <td>{t(`internships.placement.endorsement.${a.endorsement}`)}</td>
              <td>
                {t(`internships.placement.applicationStatus.${a.status}`)}
                {a.placement ? <><br /><span className="muted">{a.placement.hostUnitName}</span></> : null}
              </td>
              <td>
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const priority = Number(value);
                    if (Number.isInteger(priority)) setPriority.mutate({ id: a.id, priority });
                  }}
                >
                  <label className="visually-hidden" htmlFor={`prioridad-${a.id}`}>
                    {t('internships.placement.priorityOf', { name: a.applicantName })}
                  </label>
                  <input
                    id={`prioridad-${a.id}`}
                    type="number"
                    step={1}
                    inputMode="numeric"
                    className="input-narrow"
                    value={value}
                    onChange={(event) => {
                      const next = event.currentTarget.value;
                      setPriorities((current) => ({ ...current, [a.id]: next }));
                    }}
                  />
                  <button type="submit" className="button button--secondary" disabled={setPriority.isPending || value === String(a.priority)}>
                    {t('internships.placement.savePriority')}
                  </button>
                </form>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
};
