import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { FormErrorAlert } from '../../../shared/Alert';
import { TextAreaField, TextField } from '../../../shared/Field';
import { FormActions } from '../../../shared/FormActions';
import { formatDate } from '../../../shared/format';
import { errorMessage } from '../../../shared/errors';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useApiForm } from '../../../shared/useApiForm';
import { callsApi } from '../api/callsApi';
import type { CallRequest, HostUnitRequest, InternshipCallDto } from '../api/callsApi';
import { useInternshipCalls, useInternshipMutation, useTutorOptions } from '../hooks';
import { CompetenciesPicker } from '../../courses/components/CompetenciesPicker';
import type { PickedCompetency } from '../../courses/components/CompetenciesPicker';
import { useFramework } from '../../courses/hooks/useFramework';

/** A unit's field errors (`hostUnits.0.competencies.1.competencyId`) as the competencies picker names them. */
const unitCompetencyErrors = (
  errors: Record<string, string>,
  index: number,
): Record<string, string> => {
  const prefix = `hostUnits.${index}.`;
  const mapped: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (!field.startsWith(prefix)) continue;
    const rest = field
      .slice(prefix.length)
      .replace(/^competencies\.(\d+)\.competencyId$/, 'competencies[$1].competencyId');
    mapped[rest] = message;
  }
  return mapped;
};

type UnitRow = HostUnitRequest & { key: number };
let nextKey = 1;
const emptyUnit = (): UnitRow => ({
  key: nextKey++,
  name: '',
  description: '',
  places: 1,
  startsOn: '',
  endsOn: '',
  competencies: [],
  tutorIds: [],
});

/**
 * Coordinators: the calls, a form to create or edit one with its host units, publish and close.
 * `readOnly` (Gerencia): the same list, every status, without actions (the API refuses them too).
 */
export const CallsManager = ({ readOnly = false }: { readOnly?: boolean }) => {
  const { t } = useTranslation();
  const calls = useInternshipCalls();
  const [editing, setEditing] = useState<InternshipCallDto | 'new' | null>(null);
  const publish = useInternshipMutation(callsApi.publish);
  const close = useInternshipMutation(callsApi.close);
  const statusError = publish.error ?? close.error;
  if (calls.isPending) return <Loading />;
  if (calls.isError) return <LoadError error={calls.error} onRetry={() => void calls.refetch()} />;
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">{t('internships.calls.heading')}</h2>
      {statusError ? <FormErrorAlert message={errorMessage(statusError, t)} /> : null}
      <DataTable
        caption={t('internships.calls.caption')}
        columns={[
          t('internships.calls.title'),
          t('internships.calls.window'),
          t('internships.calls.statusLabel'),
          t('internships.calls.units'),
          t('internships.calls.places'),
          t('internships.calls.applications'),
          ...(readOnly ? [] : [t('internships.calls.actions')]),
        ]}
        isEmpty={calls.data.length === 0}
        emptyText={t('internships.calls.none')}
      >
        {calls.data.map((c) => (
          <tr key={c.id}>
            <td>
              {c.title} ({c.gestion})
            </td>
            <td>
              {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
            </td>
            <td>{t(`internships.calls.status.${c.status}`)}</td>
            <td>{c.hostUnits.length}</td>
            <td>
              {t('internships.calls.placesTaken', {
                taken: c.hostUnits.reduce((sum, u) => sum + u.placesTaken, 0),
                places: c.hostUnits.reduce((sum, u) => sum + u.places, 0),
              })}
            </td>
            <td>{c.applicationCount}</td>
            {readOnly ? null : (
              <td>
                {c.status !== 'closed' ? (
                  <button
                    type="button"
                    onClick={() => setEditing(c)}
                    aria-label={t('internships.calls.editNamed', { title: c.title })}
                  >
                    {t('internships.calls.edit')}
                  </button>
                ) : null}{' '}
                {c.status === 'draft' ? (
                  <button
                    type="button"
                    disabled={publish.isPending}
                    onClick={() => publish.mutate(c.id)}
                  >
                    {t('internships.calls.publish')}
                  </button>
                ) : null}
                {c.status === 'published' ? (
                  <button
                    type="button"
                    disabled={close.isPending}
                    onClick={() => close.mutate(c.id)}
                  >
                    {t('internships.calls.close')}
                  </button>
                ) : null}
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      {readOnly ? null : editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          {t('internships.calls.new')}
        </button>
      ) : (
        <CallForm
          key={editing === 'new' ? 'new' : editing.id}
          call={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
};

const CallForm = ({ call, onDone }: { call: InternshipCallDto | null; onDone: () => void }) => {
  const { t } = useTranslation();
  const tutors = useTutorOptions(true);
  const framework = useFramework();
  const known = (call?.hostUnits ?? []).flatMap((unit) =>
    unit.competencies.map((c) => ({ competencyId: c.id, code: c.code, name: c.name })),
  );
  const [units, setUnits] = useState<UnitRow[]>(() =>
    call
      ? call.hostUnits.map((u) => ({
          key: nextKey++,
          id: u.id,
          name: u.name,
          description: u.description,
          places: u.places,
          startsOn: u.startsOn,
          endsOn: u.endsOn,
          competencies: u.competencies.map((c) => ({ competencyId: c.id, level: c.level })),
          tutorIds: u.tutors.map((x) => x.id),
        }))
      : [emptyUnit()],
  );
  const save = useInternshipMutation((body: CallRequest) =>
    call ? callsApi.update(call.id, body) : callsApi.create(body),
  );
  const form = useApiForm({
    submit: async (data) => {
      const body: CallRequest = {
        gestion: Number(data.get('gestion')),
        title: String(data.get('title') ?? ''),
        description: String(data.get('description') ?? ''),
        requirements: String(data.get('requirements') ?? ''),
        opensOn: String(data.get('opensOn') ?? ''),
        closesOn: String(data.get('closesOn') ?? ''),
        hostUnits: units.map(({ key: _key, ...u }, i) => ({
          ...u,
          name: String(data.get(`hostUnits.${i}.name`) ?? ''),
          description: String(data.get(`hostUnits.${i}.description`) ?? ''),
          places: Number(data.get(`hostUnits.${i}.places`)),
          startsOn: String(data.get(`hostUnits.${i}.startsOn`) ?? ''),
          endsOn: String(data.get(`hostUnits.${i}.endsOn`) ?? ''),
          tutorIds: data.getAll(`hostUnits.${i}.tutorIds`).map(String),
        })),
      };
      await save.mutateAsync(body);
      onDone();
    },
  });
  const e = form.errors;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="call-form-heading">
      <h3 id="call-form-heading">
        {call ? t('internships.calls.editHeading') : t('internships.calls.newHeading')}
      </h3>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <TextField
        label={t('internships.calls.gestion')}
        name="gestion"
        type="number"
        required
        min={2000}
        max={2100}
        defaultValue={call?.gestion ?? new Date().getFullYear()}
        error={e.gestion}
      />
      <TextField
        label={t('internships.calls.title')}
        name="title"
        required
        maxLength={200}
        defaultValue={call?.title}
        error={e.title}
      />
      <TextAreaField
        label={t('internships.calls.description')}
        name="description"
        defaultValue={call?.description}
        error={e.description}
      />
      <TextAreaField
        label={t('internships.calls.requirements')}
        name="requirements"
        defaultValue={call?.requirements}
        error={e.requirements}
      />
      <TextField
        label={t('internships.calls.opensOn')}
        name="opensOn"
        type="date"
        required
        defaultValue={call?.opensOn}
        error={e.opensOn}
      />
      <TextField
        label={t('internships.calls.closesOn')}
        name="closesOn"
        type="date"
        required
        defaultValue={call?.closesOn}
        error={e.closesOn}
      />
      <fieldset>
        <legend>{t('internships.calls.units')}</legend>
        {e.hostUnits ? (
          <p className="field-error" role="alert">
            {e.hostUnits}
          </p>
        ) : null}
        {units.map((u, i) => (
          <fieldset key={u.key}>
            <legend>{t('internships.calls.unitN', { n: i + 1 })}</legend>
            <TextField
              label={t('internships.calls.unitName')}
              name={`hostUnits.${i}.name`}
              required
              defaultValue={u.name}
              error={e[`hostUnits.${i}.name`]}
            />
            <TextAreaField
              label={t('internships.calls.unitDescription')}
              name={`hostUnits.${i}.description`}
              defaultValue={u.description}
            />
            <TextField
              label={t('internships.calls.places')}
              name={`hostUnits.${i}.places`}
              type="number"
              required
              min={1}
              max={100}
              defaultValue={u.places}
              error={e[`hostUnits.${i}.places`]}
            />
            <TextField
              label={t('internships.calls.startsOn')}
              name={`hostUnits.${i}.startsOn`}
              type="date"
              required
              defaultValue={u.startsOn}
              error={e[`hostUnits.${i}.startsOn`]}
            />
            <TextField
              label={t('internships.calls.endsOn')}
              name={`hostUnits.${i}.endsOn`}
              type="date"
              required
              defaultValue={u.endsOn}
              error={e[`hostUnits.${i}.endsOn`]}
            />
            <CompetenciesPicker
              framework={framework.data ?? []}
              value={u.competencies as PickedCompetency[]}
              onChange={(value) =>
                setUnits((rows) =>
                  rows.map((row) => (row.key === u.key ? { ...row, competencies: value } : row)),
                )
              }
              known={known}
              errors={unitCompetencyErrors(e, i)}
              legend={t('internships.calls.unitCompetencies')}
            />
            <fieldset>
              <legend>{t('internships.calls.tutors')}</legend>
              {(tutors.data ?? []).map((tutor) => (
                <label key={tutor.id}>
                  <input
                    type="checkbox"
                    name={`hostUnits.${i}.tutorIds`}
                    value={tutor.id}
                    defaultChecked={u.tutorIds?.includes(tutor.id)}
                  />{' '}
                  {tutor.name}
                </label>
              ))}
            </fieldset>
            <button type="button" onClick={() => setUnits(units.filter((x) => x.key !== u.key))}>
              {t('internships.calls.removeUnit', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => setUnits([...units, emptyUnit()])}>
          {t('internships.calls.addUnit')}
        </button>
      </fieldset>
      <FormActions
        pending={form.pending}
        submitLabel={t('internships.calls.save')}
        onCancel={onDone}
      />
    </form>
  );
};
