import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/errors';
import type { CourseActivityDto } from '../../api/types';
import { useDownloadActivityFile } from '../../hooks/useDownloadActivityFile';
import { formatFileSize } from '../format';

/** The activity's file: name, size and a button that downloads it. */
export const ActivityFileLink = ({ activity }: { activity: CourseActivityDto }) => {
  const { t } = useTranslation();
  const download = useDownloadActivityFile();
  if (!activity.file) return null;
  const { name, size } = activity.file;
  return (
    <span className="course-file">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={download.isPending}
        aria-label={t('courses.file.downloadNamed', { name })}
        onClick={() => download.mutate({ id: activity.id, name })}
      >
        {t('courses.file.download')}
      </button>{' '}
      <span className="break">{name}</span> <span className="muted">({formatFileSize(size)})</span>
      {download.isError ? (
        <span role="alert" className="field-error">
          {errorMessage(download.error, t)}
        </span>
      ) : null}
    </span>
  );
};
