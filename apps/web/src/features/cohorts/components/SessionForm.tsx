import { useTranslation } from 'react-i18next';
import { laPazDayOf, laPazInstant, laPazTimeOf, MAX_SESSION_HOURS, sessionProblems } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { TextField } from '../../../shared/Field';
import { formatDate } from '../../../shared/format';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { CohortDto, CohortSessionDto, CreateSessionRequest } from '../api/types';
import { withFieldNames } from './renameFieldErrors';
import { FormActions } from '../../../shared/FormActions';

const FIELDS = ['day', 'startTime', 'endTime', 'title', 'venue'];
/** Where the API's fields land on this form. */
const API_FIELDS = { startsAt: 'day', endsAt: 'endTime' };

interface Props {
  cohort: CohortDto;
  session?: CohortSessionDto;
  submitLabel: string;
  onSubmit: (values: CreateSessionRequest) => Promise<unknown>;
  onCancel?: () => void;
}

/** One dated session: a La Paz day and times, checked against the cohort's dates before sending. */
export const SessionForm = ({ cohort, session, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const read = (data: FormData) => {
    const day = formText(data, 'day') ?? '';
    return { startsAt: laPazInstant(day, formText(data, 'startTime') ?? ''), endsAt: laPazInstant(day, formText(data, 'endTime') ?? '') };
  };
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    fields: FIELDS,
    validate: (data): FieldErrors => {
      if (!formText(data, 'day') || !formText(data, 'startTime') || !formText(data, 'endTime')) return {};
      const found: FieldErrors = {};
      for (const problem of sessionProblems(read(data), cohort)) {
        const field = problem.field === 'startsAt' ? 'day' : problem.code === 'afterCohort' ? 'day' : 'endTime';
        found[field] ??= t(`cohorts.sessions.problems.${problem.code}`, {
          hours: MAX_SESSION_HOURS,
          date: formatDate(problem.code === 'beforeCohort' ? cohort.startsOn : cohort.endsOn),
        });
      }
      return found;
    },
    submit: async (data, form) => {
      await withFieldNames(
        () => onSubmit({ ...read(data), title: formText(data, 'title') ?? '', venue: formText(data, 'venue') }),
        API_FIELDS,
      );
      if (!session) form.reset();
    },
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <TextField
        label={t('cohorts.sessions.form.date')}
        name="day"
        type="date"
        required
        defaultValue={session ? laPazDayOf(session.startsAt) : ''}
        error={errors.day}
      />
      <div className="grid-2">
        <TextField
          label={t('cohorts.sessions.form.startTime')}
          name="startTime"
          type="time"
          required
          hint={t('cohorts.sessions.form.timeHint')}
          defaultValue={session ? laPazTimeOf(session.startsAt) : ''}
          error={errors.startTime}
        />
        <TextField
          label={t('cohorts.sessions.form.endTime')}
          name="endTime"
          type="time"
          required
          hint={t('cohorts.sessions.form.timeHint')}
          defaultValue={session ? laPazTimeOf(session.endsAt) : ''}
          error={errors.endTime}
        />
      </div>
      <div className="grid-2">
        <TextField
          label={t('cohorts.sessions.form.title')}
          name="title"
          required
          maxLength={200}
          placeholder={t('cohorts.sessions.form.titlePlaceholder')}
          defaultValue={session?.title ?? ''}
          error={errors.title}
        />
        <TextField
          label={t('cohorts.sessions.form.venue')}
          name="venue"
          maxLength={200}
          hint={cohort.venue ? t('cohorts.sessions.form.venueHint', { venue: cohort.venue }) : t('cohorts.sessions.form.venueHintNone')}
          defaultValue={session?.venue ?? ''}
          error={errors.venue}
        />
      </div>
      <FormActions pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
};
