import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';
import { formatDateTime } from '../../../../shared/format';
import type { CourseContentDto } from '../../api/types';
import { useCreateVersion } from '../../hooks/useCreateVersion';

interface Props {
  courseId: string;
  content: CourseContentDto;
  canEdit: boolean;
  /** Shows another version (undefined: the latest). */
  onSelect: (versionId: string | undefined) => void;
}

/**
 * Which version of the content is on screen and whether it can change: a version a cohort uses is
 * read-only (people enrolled never see it change), and editing then starts a new version.
 */
export const VersionBanner = ({ courseId, content, canEdit, onSelect }: Props) => {
  const { t } = useTranslation();
  const create = useCreateVersion(courseId);
  const { version, versions } = content;
  const latest = versions[versions.length - 1];

  return (
    <section aria-labelledby="content-version" className="panel course-version">
      <div className="course-version-head">
        <h2 id="content-version">{t('courses.content.versionTitle', { number: version.number })}</h2>
        {versions.length > 1 ? (
          <div className="field course-version-select">
            <label htmlFor="content-version-select" className="field-label">
              {t('courses.content.versionSelect')}
            </label>
            <select
              id="content-version-select"
              value={version.id}
              onChange={(event) => onSelect(event.target.value === latest.id ? undefined : event.target.value)}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t(v.id === latest.id ? 'courses.content.versionOptionLatest' : 'courses.content.versionOption', {
                    number: v.number,
                    date: formatDateTime(v.createdAt),
                  })}
                  {v.locked ? ` — ${t('courses.content.inUse')}` : ''}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {!version.latest ? (
        <Alert kind="info">
          <p>{t('courses.content.olderVersion', { latest: latest.number })}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => onSelect(undefined)}>
            {t('courses.content.goLatest', { number: latest.number })}
          </button>
        </Alert>
      ) : version.locked ? (
        <Alert kind="info">
          <p>{t('courses.content.locked', { count: version.cohortCount })}</p>
          {canEdit ? (
            <>
              <p>{t('courses.content.lockedEdit')}</p>
              <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: () => onSelect(undefined) })}>
                {create.isPending ? t('courses.content.creatingVersion') : t('courses.content.createVersion')}
              </button>
            </>
          ) : null}
        </Alert>
      ) : canEdit ? (
        <p className="muted">{t('courses.content.editable')}</p>
      ) : null}
      {create.isError ? <Alert kind="error">{errorMessage(create.error, t)}</Alert> : null}
      {create.isSuccess ? <Alert kind="success">{t('courses.content.versionCreated', { number: create.data.version.number })}</Alert> : null}
    </section>
  );
};
