import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeCourseStatus } from '@campus/domain';
import { isApiError } from '../../../app/http';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import type { CourseDto } from '../api/types';
import { useArchiveCourse } from '../hooks/useArchiveCourse';
import { usePublishCourse } from '../hooks/usePublishCourse';
import { CourseStatusBadge } from './CourseStatusBadge';

/** Status of a course and the buttons to publish or archive it; a refusal lists what is missing. */
export const CourseStatusActions = ({ course }: { course: CourseDto }) => {
  const { t } = useTranslation();
  const publish = usePublishCourse();
  const archive = useArchiveCourse();
  const [done, setDone] = useState<string | null>(null);
  const failed = publish.error ?? archive.error;
  const missing = isApiError(failed) && failed.status === 422 ? (failed.problem.errors ?? []).map((e) => e.message) : [];

  const run = (mutation: typeof publish, message: string) => {
    setDone(null);
    publish.reset();
    archive.reset();
    mutation.mutate(course.id, { onSuccess: () => setDone(message) });
  };

  return (
    <div className="stack">
      <p>
        {t('courses.statusNow')} <CourseStatusBadge status={course.status} />
      </p>
      <p className="muted">{t(`courses.statusExplain.${course.status}`)}</p>
      <div className="form-actions">
        {canChangeCourseStatus(course.status, 'published') ? (
          <button type="button" className="button" disabled={publish.isPending} onClick={() => run(publish, t('courses.published'))}>
            {course.status === 'archived' ? t('courses.republish') : t('courses.publish')}
          </button>
        ) : null}
        {canChangeCourseStatus(course.status, 'archived') ? (
          <button type="button" className="button button--secondary" disabled={archive.isPending} onClick={() => run(archive, t('courses.archived'))}>
            {t('courses.archive')}
          </button>
        ) : null}
      </div>
      <div aria-live="polite">{done ? <Alert kind="success">{done}</Alert> : null}</div>
      {failed ? (
        <Alert kind="error">
          <p>{errorMessage(failed, t)}</p>
          {missing.length > 0 ? (
            <ul>
              {missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
};
