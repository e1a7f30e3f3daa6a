import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../shared/Alert';
import { TextAreaField, TextField } from '../../../../shared/Field';
import { useApiForm } from '../../../../shared/useApiForm';
import { formText } from '../../../../shared/validation';
import type { CourseModuleDto, CreateModuleRequest } from '../../api/types';
import { FormActions } from '../../../../shared/FormActions';

interface Props {
  module?: CourseModuleDto;
  submitLabel: string;
  onSubmit: (values: CreateModuleRequest) => Promise<unknown>;
  onCancel?: () => void;
}

/** Title and summary of a module (to add one, or to edit it). */
export const ModuleForm = ({ module, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const form = useApiForm({
    fields: ['title', 'summary'],
    submit: async (data, element) => {
      await onSubmit({ title: formText(data, 'title') ?? '', summary: formText(data, 'summary') ?? '' });
      if (!module) element.reset();
    },
  });
  return (
    <form className="form" noValidate onSubmit={form.onSubmit}>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <TextField label={t('courses.content.moduleTitle')} name="title" required maxLength={200} defaultValue={module?.title} error={form.errors.title} />
      <TextAreaField label={t('courses.content.moduleSummary')} name="summary" maxLength={2000} defaultValue={module?.summary} error={form.errors.summary} />
      <FormActions pending={form.pending} submitLabel={submitLabel} onCancel={onCancel} />
      {form.succeeded && !module ? (
        <p role="status" className="muted">
          {t('courses.content.moduleAdded')}
        </p>
      ) : null}
    </form>
  );
};
