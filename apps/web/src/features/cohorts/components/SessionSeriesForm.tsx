import { useTranslation } from 'react-i18next';
import { MAX_SERIES_SESSIONS, MAX_SESSION_HOURS, weeklySeriesProblems } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { CheckboxGroup, TextField } from '../../../shared/Field';
import { formatDate } from '../../../shared/format';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { CohortDto, CreateSessionSeriesRequest } from '../api/types';
import { weekdayNames } from './cohortFormat';

const FIELDS = ['from', 'to', 'weekdays', 'startTime', 'endTime', 'title', 'venue'];
type Weekday = CreateSessionSeriesRequest['weekdays'][number];

interface Props {
  cohort: CohortDto;
  onSubmit: (values: CreateSessionSeriesRequest) => Promise<unknown>;
}

/** A weekly series: the chosen weekdays between two dates, at the same La Paz times. */
export const SessionSeriesForm = ({ cohort, onSubmit }: Props) => {
  const { t } = useTranslation();
  const days = weekdayNames('long').map((label, index) => ({ value: String(index + 1), label }));
  const read = (data: FormData): CreateSessionSeriesRequest => ({
    from: formText(data, 'from') ?? '',
    to: formText(data, 'to') ?? '',
    weekdays: data.getAll('weekdays').map((value) => Number(value) as Weekday),
    startTime: formText(data, 'startTime') ?? '',
    endTime: formText(data, 'endTime') ?? '',
    title: formText(data, 'title') ?? t('cohorts.series.titleDefault'),
    venue: formText(data, 'venue'),
  });
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    fields: FIELDS,
    validate: (data): FieldErrors => {
      const series = read(data);
      const found: FieldErrors = {};
      if (series.weekdays.length === 0) found.weekdays = t('cohorts.series.problems.weekdaysRequired');
      if (!series.from || !series.to || !series.startTime || !series.endTime || series.weekdays.length === 0) return found;
      for (const problem of weeklySeriesProblems(series, cohort)) {
        const message =
          problem.code === 'endsBeforeStart' && problem.field === 'endTime'
            ? t('cohorts.sessions.problems.endsBeforeStart')
            : problem.code === 'endsBeforeStart' || problem.code === 'empty' || problem.code === 'tooMany'
              ? t(`cohorts.series.problems.${problem.code}`, { max: MAX_SERIES_SESSIONS })
              : t(`cohorts.sessions.problems.${problem.code}`, {
                  hours: MAX_SESSION_HOURS,
                  date: formatDate(problem.code === 'beforeCohort' ? cohort.startsOn : cohort.endsOn),
                });
        found[problem.field] ??= message;
      }
      return found;
    },
    submit: async (data, form) => {
      await onSubmit(read(data));
      form.reset();
    },
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <p className="muted">{t('cohorts.series.intro')}</p>
      <FormErrorAlert message={failure} extra={extra} />
      <div className="grid-2">
        <TextField label={t('cohorts.series.from')} name="from" type="date" required defaultValue={cohort.startsOn} error={errors.from} />
        <TextField label={t('cohorts.series.to')} name="to" type="date" required defaultValue={cohort.endsOn} error={errors.to} />
      </div>
      <CheckboxGroup legend={t('cohorts.series.weekdays')} name="weekdays" options={days} required error={errors.weekdays} />
      <div className="grid-2">
        <TextField
          label={t('cohorts.series.startTime')}
          name="startTime"
          type="time"
          required
          hint={t('cohorts.sessions.form.timeHint')}
          error={errors.startTime}
        />
        <TextField
          label={t('cohorts.series.endTime')}
          name="endTime"
          type="time"
          required
          hint={t('cohorts.sessions.form.timeHint')}
          error={errors.endTime}
        />
        <TextField
          label={t('cohorts.series.sessionTitle')}
          name="title"
          maxLength={200}
          defaultValue={t('cohorts.series.titleDefault')}
          error={errors.title}
        />
        <TextField
          label={t('cohorts.series.venue')}
          name="venue"
          maxLength={200}
          hint={cohort.venue ? t('cohorts.sessions.form.venueHint', { venue: cohort.venue }) : t('cohorts.sessions.form.venueHintNone')}
          error={errors.venue}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('cohorts.series.submit')}
        </button>
      </div>
    </form>
  );
};
