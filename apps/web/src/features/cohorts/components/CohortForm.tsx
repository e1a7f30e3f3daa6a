import { useTranslation } from 'react-i18next';
import { cohortDateProblems, COHORT_CAPACITY_MAX, COHORT_CAPACITY_MIN, MODALITIES } from '@campus/domain';
import type { Modality } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../shared/Field';
import { todayInLaPaz } from '../../../shared/format';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { CohortDto, CohortFacilitatorDto, CreateCohortRequest, FacilitatorOption } from '../api/types';
import { FormActions } from '../../../shared/FormActions';

const FIELDS = [
  'gestion', 'edition', 'parallel', 'startsOn', 'endsOn', 'enrolmentOpensOn', 'enrolmentClosesOn', 'capacity', 'modality', 'venue',
  'facilitatorIds', 'notes',
];

interface Props {
  /** The cohort being edited; none to schedule a new one. */
  cohort?: CohortDto;
  /** The course's own modality, offered as the default of a new cohort. */
  courseModality?: Modality;
  facilitators: FacilitatorOption[];
  submitLabel: string;
  onSubmit: (values: CreateCohortRequest) => Promise<unknown>;
  onCancel?: () => void;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Schedules or edits a cohort: all its fields, with the shared date rules checked before sending. */
export const CohortForm = ({ cohort, courseModality, facilitators, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const current: CohortFacilitatorDto[] = cohort?.facilitators ?? [];
  // People already assigned stay on the list even if they are no longer active facilitators.
  const options = [
    ...facilitators.map((f) => ({ value: f.id, label: f.fullName })),
    ...current.filter((f) => !facilitators.some((o) => o.id === f.id)).map((f) => ({ value: f.id, label: f.name })),
  ];
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    fields: FIELDS,
    validate: (data): FieldErrors => {
      const dates = {
        startsOn: formText(data, 'startsOn') ?? '',
        endsOn: formText(data, 'endsOn') ?? '',
        enrolmentOpensOn: formText(data, 'enrolmentOpensOn') ?? '',
        enrolmentClosesOn: formText(data, 'enrolmentClosesOn') ?? '',
      };
      if (Object.values(dates).some((value) => value === '')) return {};
      return Object.fromEntries(cohortDateProblems(dates).map((p) => [p.field, t(`cohorts.dateProblems.${p.code}`)]));
    },
    submit: (data) => {
      const edition = formText(data, 'edition');
      const facilitatorIds = data.getAll('facilitatorIds').map(String);
      const changedFacilitators = !cohort || !sameSet(facilitatorIds, current.map((f) => f.id));
      return onSubmit({
        gestion: Number(formText(data, 'gestion')),
        edition: edition ? Number(edition) : null,
        parallel: (formText(data, 'parallel') ?? 'A').toUpperCase(),
        startsOn: formText(data, 'startsOn') ?? '',
        endsOn: formText(data, 'endsOn') ?? '',
        enrolmentOpensOn: formText(data, 'enrolmentOpensOn') ?? '',
        enrolmentClosesOn: formText(data, 'enrolmentClosesOn') ?? '',
        capacity: Number(formText(data, 'capacity')),
        ...(formText(data, 'modality') ? { modality: formText(data, 'modality') as Modality } : {}),
        venue: formText(data, 'venue'),
        notes: formText(data, 'notes'),
        // An unchanged team is not sent: editing other fields never trips over someone deactivated since.
        ...(changedFacilitators ? { facilitatorIds } : {}),
      });
    },
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <p className="muted">{t('common.requiredNote')}</p>
      <fieldset className="stack">
        <legend>{t('cohorts.form.identity')}</legend>
        <div className="grid-3">
          <TextField
            label={t('cohorts.form.gestion')}
            name="gestion"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            required
            defaultValue={cohort?.gestion ?? todayInLaPaz().slice(0, 4)}
            error={errors.gestion}
          />
          <TextField
            label={t('cohorts.form.edition')}
            name="edition"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            required={Boolean(cohort)}
            hint={cohort ? undefined : t('cohorts.form.editionHint')}
            defaultValue={cohort?.edition ?? ''}
            error={errors.edition}
          />
          <TextField
            label={t('cohorts.form.parallel')}
            name="parallel"
            required
            maxLength={8}
            pattern="[A-Za-z0-9]{1,8}"
            data-pattern-message={t('cohorts.form.parallelPattern')}
            autoCapitalize="characters"
            hint={t('cohorts.form.parallelHint')}
            defaultValue={cohort?.parallel ?? 'A'}
            error={errors.parallel}
          />
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>{t('cohorts.form.dates')}</legend>
        <div className="grid-2">
          <TextField label={t('cohorts.form.startsOn')} name="startsOn" type="date" required defaultValue={cohort?.startsOn} error={errors.startsOn} />
          <TextField label={t('cohorts.form.endsOn')} name="endsOn" type="date" required defaultValue={cohort?.endsOn} error={errors.endsOn} />
          <TextField
            label={t('cohorts.form.enrolmentOpensOn')}
            name="enrolmentOpensOn"
            type="date"
            required
            defaultValue={cohort?.enrolmentOpensOn}
            error={errors.enrolmentOpensOn}
          />
          <TextField
            label={t('cohorts.form.enrolmentClosesOn')}
            name="enrolmentClosesOn"
            type="date"
            required
            defaultValue={cohort?.enrolmentClosesOn}
            error={errors.enrolmentClosesOn}
          />
        </div>
      </fieldset>
      <div className="grid-3">
        <TextField
          label={t('cohorts.form.capacity')}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={COHORT_CAPACITY_MIN}
          max={COHORT_CAPACITY_MAX}
          required
          hint={t('cohorts.form.capacityHint')}
          defaultValue={cohort?.capacity ?? 30}
          error={errors.capacity}
        />
        <SelectField label={t('cohorts.form.modality')} name="modality" defaultValue={cohort?.modality ?? ''} error={errors.modality}>
          {cohort ? null : (
            <option value="">
              {t('cohorts.form.modalityDefault', { modality: courseModality ? t(`cohorts.modalities.${courseModality}`) : '—' })}
            </option>
          )}
          {MODALITIES.map((modality) => (
            <option key={modality} value={modality}>
              {t(`cohorts.modalities.${modality}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('cohorts.form.venue')}
          name="venue"
          maxLength={200}
          hint={t('cohorts.form.venueHint')}
          defaultValue={cohort?.venue ?? ''}
          error={errors.venue}
        />
      </div>
      {options.length > 0 ? (
        <CheckboxGroup
          legend={t('cohorts.form.facilitators')}
          name="facilitatorIds"
          options={options}
          defaultValues={current.map((f) => f.id)}
          error={errors.facilitatorIds}
        />
      ) : (
        <p className="muted">{t('cohorts.form.noFacilitators')}</p>
      )}
      <TextAreaField label={t('cohorts.form.notes')} name="notes" maxLength={2000} defaultValue={cohort?.notes ?? ''} error={errors.notes} />
      <FormActions pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
};
