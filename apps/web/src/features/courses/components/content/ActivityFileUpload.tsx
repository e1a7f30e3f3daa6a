import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_FILE_EXTENSIONS, fileExtension, MAX_ACTIVITY_FILE_BYTES } from '@campus/domain';
import { Alert } from '../../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../../shared/errors';
import type { CourseActivityDto } from '../../api/types';
import { useUploadActivityFile } from '../../hooks/useUploadActivityFile';
import { formatFileSize } from '../format';
import { ActivityFileLink } from './ActivityFileLink';

const ACCEPT = ALLOWED_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/**
 * The file of a file activity: what is there now, and a new upload (the types and the limit are
 * stated; the API checks the content itself, not only the name).
 */
export const ActivityFileUpload = ({ courseId, activity }: { courseId: string; activity: CourseActivityDto }) => {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadActivityFile(courseId);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const limit = formatFileSize(MAX_ACTIVITY_FILE_BYTES);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    let problem: string | null = null;
    if (!file) problem = t('courses.file.choose');
    else if (file.size > MAX_ACTIVITY_FILE_BYTES) problem = t('courses.file.tooLarge', { limit });
    else if (!ALLOWED_FILE_EXTENSIONS.includes(fileExtension(file.name))) problem = t('courses.file.wrongType');
    setError(problem);
    if (problem || !file) {
      input.focus();
      return;
    }
    upload.mutate(
      { id: activity.id, file },
      {
        onSuccess: () => {
          setDone(true);
          input.value = '';
        },
        onError: (failure) => {
          setError(apiFieldErrors(failure).file ?? errorMessage(failure, t));
          input.focus();
        },
      },
    );
  };

  return (
    <div className="stack">
      <p>
        {activity.file ? (
          <>
            {t('courses.file.current')} <ActivityFileLink activity={activity} />
          </>
        ) : (
          <span className="muted">{t('courses.file.none')}</span>
        )}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-input`} className="field-label">
            {activity.file ? t('courses.file.replace') : t('courses.file.label')}
          </label>
          <p id={hintId} className="field-hint">
            {t('courses.file.hint', { types: ALLOWED_FILE_EXTENSIONS.join(', '), limit })}
          </p>
          <input
            id={`${id}-input`}
            type="file"
            name="file"
            accept={ACCEPT}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={upload.isPending}>
            {upload.isPending ? t('courses.file.uploading') : t('courses.file.upload')}
          </button>
        </div>
      </form>
      {done ? <Alert kind="success">{t('courses.file.uploaded')}</Alert> : null}
    </div>
  );
};
