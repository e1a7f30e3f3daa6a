import { useTranslation } from 'react-i18next';
import { isHttpsUrl } from '@campus/domain';
import type { ActivityKind } from '@campus/domain';
import { FormErrorAlert } from '../../../../shared/Alert';
import { CheckboxField, TextAreaField, TextField } from '../../../../shared/Field';
import { useApiForm } from '../../../../shared/useApiForm';
import { formText } from '../../../../shared/validation';
import type { FieldErrors } from '../../../../shared/validation';
import type { CourseActivityDto, CreateActivityRequest } from '../../api/types';
import { FormActions } from '../../../../shared/FormActions';

const FIELDS = ['title', 'required', 'body', 'videoUrl', 'maxAttempts', 'passingScore', 'estimatedMinutes'];

interface Props {
  kind: ActivityKind;
  activity?: CourseActivityDto;
  /** Quiz passing score offered for a new quiz: the course's. */
  defaultPassingScore?: number;
  submitLabel: string;
  onSubmit: (values: Omit<CreateActivityRequest, 'kind'>) => Promise<unknown>;
  onCancel?: () => void;
}

const optionalNumber = (data: FormData, name: string): number | null => {
  const text = formText(data, name);
  return text === null ? null : Number(text);
};

/** The settings every activity has (title, required, minutes, text) plus those of its kind. */
export const ActivityForm = ({ kind, activity, defaultPassingScore = 70, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const form = useApiForm({
    fields: FIELDS,
    validate: (data) => {
      const found: FieldErrors = {};
      const url = formText(data, 'videoUrl');
      if (kind === 'video' && url && !isHttpsUrl(url)) found.videoUrl = t('courses.content.videoUrlRule');
      const ranges: [string, number, number][] = [['estimatedMinutes', 1, 10000], ['maxAttempts', 1, 100], ['passingScore', 0, 100]];
      for (const [name, min, max] of ranges) {
        const value = optionalNumber(data, name);
        if (value !== null && (!Number.isInteger(value) || value < min || value > max)) found[name] = t('courses.form.range', { min, max });
      }
      return found;
    },
    submit: (data) =>
      onSubmit({
        title: formText(data, 'title') ?? '',
        required: data.get('required') === 'on',
        body: String(data.get('body') ?? ''),
        estimatedMinutes: optionalNumber(data, 'estimatedMinutes'),
        ...(kind === 'video' ? { videoUrl: formText(data, 'videoUrl') } : {}),
        ...(kind === 'quiz' ? { maxAttempts: optionalNumber(data, 'maxAttempts'), passingScore: optionalNumber(data, 'passingScore') } : {}),
      }),
  });
  const { errors } = form;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit}>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <div className="grid-2">
        <TextField label={t('courses.content.activityTitle')} name="title" required maxLength={200} defaultValue={activity?.title} error={errors.title} />
        <TextField
          label={t('courses.content.estimatedMinutes')}
          name="estimatedMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          defaultValue={activity?.estimatedMinutes ?? ''}
          error={errors.estimatedMinutes}
        />
      </div>
      {kind === 'video' ? (
        <TextField
          label={t('courses.content.videoUrl')}
          name="videoUrl"
          type="url"
          required
          maxLength={2000}
          hint={t('courses.content.videoUrlHint')}
          defaultValue={activity?.videoUrl ?? ''}
          error={errors.videoUrl}
        />
      ) : null}
      {kind === 'quiz' ? (
        <div className="grid-2">
          <TextField
            label={t('courses.content.maxAttempts')}
            name="maxAttempts"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            hint={t('courses.content.maxAttemptsHint')}
            defaultValue={activity?.maxAttempts ?? ''}
            error={errors.maxAttempts}
          />
          <TextField
            label={t('courses.content.quizPassingScore')}
            name="passingScore"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            required
            defaultValue={activity?.passingScore ?? defaultPassingScore}
            error={errors.passingScore}
          />
        </div>
      ) : null}
      <TextAreaField
        label={kind === 'page' ? t('courses.content.pageBody') : t('courses.content.instructions')}
        name="body"
        rows={kind === 'page' ? 12 : 4}
        maxLength={100000}
        hint={t('courses.form.markdownHint')}
        defaultValue={activity?.body}
        error={errors.body}
      />
      <CheckboxField label={t('courses.content.requiredLabel')} name="required" defaultChecked={activity?.required ?? true} error={errors.required} />
      <FormActions pending={form.pending} submitLabel={submitLabel} onCancel={onCancel} />
      {form.succeeded && activity ? (
        <p role="status" className="muted">
          {t('courses.content.activitySaved')}
        </p>
      ) : null}
    </form>
  );
};
