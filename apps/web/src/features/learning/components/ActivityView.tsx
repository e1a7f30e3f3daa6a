import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { videoEmbedUrl } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { formatFileSize } from '../../courses/components/format';
import { useActivityContent } from '../hooks/useActivityContent';
import { useActivityTimer } from '../hooks/useActivityTimer';
import { useDownloadLearningFile } from '../hooks/useDownloadLearningFile';
import { useCompleteActivity } from '../hooks/useSaveProgress';
import { QuizForm } from './QuizForm';

/**
 * One activity in the player: the page (sanitised HTML from the API), the video (an embedded
 * YouTube/Vimeo player, which the CSP allows, and always the link), the file (a download
 * button) or the quiz. Time is saved as the person goes; "Marcar como completada" for all but
 * quizzes, which complete by passing.
 */
export const ActivityView = ({
  enrolmentId,
  activityId,
  onAnnounce,
  focusHeading = false,
}: {
  enrolmentId: string;
  activityId: string;
  onAnnounce: (message: string) => void;
  /** Move the focus to the activity's heading once it loads (after "Siguiente", "Anterior" or the outline). */
  focusHeading?: boolean;
}) => {
  const { t } = useTranslation();
  const content = useActivityContent(enrolmentId, activityId);
  const activity = content.data;
  const readOnly = activity?.readOnly ?? true;
  const seconds = useActivityTimer(enrolmentId, activityId, activity ? activity.progress.timeSpentSeconds : null, Boolean(activity && !activity.readOnly));
  const complete = useCompleteActivity(enrolmentId);
  const download = useDownloadLearningFile(enrolmentId);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(activity);
  useEffect(() => {
    if (loaded && focusHeading) heading.current?.focus();
  }, [loaded, focusHeading]);

  if (!activity) return content.isError ? <LoadError error={content.error} onRetry={() => void content.refetch()} /> : <Loading />;

  const done = activity.progress.status === 'completed';
  const embed = activity.videoUrl ? videoEmbedUrl(activity.videoUrl) : null;

  const markDone = async () => {
    try {
      const saved = await complete.mutateAsync({ activityId, body: { timeSpentSeconds: seconds() } });
      onAnnounce(saved.enrolmentStatus === 'passed' ? t('learning.completion.passed') : t('learning.save.completed', { title: activity.title }));
    } catch (error) {
      onAnnounce(t('learning.save.failed', { reason: errorMessage(error, t) }));
    }
  };

  return (
    <article aria-labelledby="activity-title" className="player-activity-view">
      <h2 id="activity-title" ref={heading} tabIndex={-1}>{activity.title}</h2>
      <p className="muted">
        {t(`learning.kinds.${activity.kind}`)}
        {activity.estimatedMinutes ? ` · ${t('learning.player.minutes', { count: activity.estimatedMinutes })}` : ''}
        {activity.required ? '' : ` · ${t('learning.player.optional')}`}
        {' · '}
        {t(`learning.progressStatuses.${activity.progress.status}`)}
      </p>
      {activity.html ? <div className="learning-html" dangerouslySetInnerHTML={{ __html: activity.html }} /> : null}

      {activity.kind === 'video' && activity.videoUrl ? (
        <div className="player-video">
          {embed ? (
            <div className="player-video-frame">
              <iframe
                src={embed}
                title={t('learning.player.videoTitle', { title: activity.title })}
                allow="encrypted-media; picture-in-picture; fullscreen"
                allowFullScreen
                loading="lazy"
                referrerPolicy="strict-origin-when-cross-origin"
              />
            </div>
          ) : null}
          <p>
            <a href={activity.videoUrl} target="_blank" rel="noopener noreferrer">
              {t('learning.player.openVideo')}
            </a>
          </p>
        </div>
      ) : null}

      {activity.kind === 'file' && activity.file ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={download.isPending}
            onClick={() => download.mutate({ activityId, name: activity.file?.name ?? 'archivo' })}
          >
            {t('learning.player.download', { name: activity.file.name, size: formatFileSize(activity.file.size) })}
          </button>
        </p>
      ) : null}
      {download.isError ? <Alert kind="error">{errorMessage(download.error, t)}</Alert> : null}

      {activity.kind === 'quiz' && activity.quiz ? (
        <QuizForm key={activityId} enrolmentId={enrolmentId} activityId={activityId} quiz={activity.quiz} readOnly={readOnly} />
      ) : null}

      {activity.kind !== 'quiz' ? (
        done ? (
          <p className="player-done">
            <span aria-hidden="true">✓ </span>
            {t('learning.player.done')}
          </p>
        ) : readOnly ? (
          <p className="muted">{t('learning.player.readOnly')}</p>
        ) : (
          <div className="form-actions">
            <button type="button" className="button" disabled={complete.isPending} onClick={() => void markDone()}>
              {complete.isPending ? t('learning.save.saving') : t('learning.player.markDone')}
            </button>
          </div>
        )
      ) : null}
    </article>
  );
};
