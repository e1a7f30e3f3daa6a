import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '@campus/domain';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';
import type { CourseActivityDto } from '../../api/types';
import { useDeleteActivity } from '../../hooks/useDeleteActivity';
import { useUpdateActivity } from '../../hooks/useUpdateActivity';
import { ActivityFileLink } from './ActivityFileLink';
import { ActivityFileUpload } from './ActivityFileUpload';
import { ActivityForm } from './ActivityForm';
import { QuestionsView, QuizEditor } from './QuizEditor';
import { MoveButtons } from './MoveButtons';
import { MoveToModule } from './MoveToModule';
import type { ModuleChoice } from './MoveToModule';
import { ConfirmDelete } from './ConfirmDelete';

/** A symbol per kind, beside its name (decorative: the name is always written). */
export const KIND_ICONS: Record<ActivityKind, string> = { page: '¶', video: '▶', file: '⤓', quiz: '✎' };

interface Props {
  courseId: string;
  activity: CourseActivityDto;
  index: number;
  count: number;
  readOnly: boolean;
  open: boolean;
  onToggle: () => void;
  onMove: (delta: -1 | 1) => void;
  moving: boolean;
  onAnnounce: (message: string) => void;
  /** The version's other modules, where the activity can be moved. */
  otherModules: ModuleChoice[];
}

/** One activity in its module: what it is, its order and required flag, and its editor (or its content, read-only). */
export const ActivityItem = ({ courseId, activity, index, count, readOnly, open, onToggle, onMove, moving, onAnnounce, otherModules }: Props) => {
  const { t } = useTranslation();
  const update = useUpdateActivity(courseId);
  const remove = useDeleteActivity(courseId);
  const [confirming, setConfirming] = useState(false);
  const headingId = `activity-${activity.id}`;
  const kindName = t(`courses.content.kinds.${activity.kind}`);

  const details =
    activity.kind === 'video'
      ? activity.videoUrl ?? t('courses.content.noVideo')
      : activity.kind === 'file'
        ? activity.file?.name ?? t('courses.content.noFile')
        : activity.kind === 'quiz'
          ? t('courses.quiz.pointsSummary', { count: activity.questions.length, attempts: activity.maxAttempts ?? '∞', score: activity.passingScore ?? '—' })
          : null;

  return (
    <li className="course-activity" aria-labelledby={headingId}>
      <div className="course-activity-head">
        <span className="tag course-kind">
          <span aria-hidden="true">{KIND_ICONS[activity.kind]}</span> {kindName}
        </span>
        <h4 id={headingId} className="course-activity-title">
          <span className="visually-hidden">{t('courses.content.activityN', { n: index + 1, kind: kindName })}: </span>
          {activity.title}
        </h4>
        <span className={activity.required ? 'badge badge--ok' : 'badge badge--off'}>
          {activity.required ? t('courses.content.required') : t('courses.content.optional')}
        </span>
        {details ? <span className="muted break course-activity-details">{details}</span> : null}
      </div>
      <div className="row-actions">
        {!readOnly ? (
          <>
            <MoveButtons
              id={activity.id}
              index={index}
              count={count}
              moving={moving}
              upLabel={t('courses.content.moveActivityUp', { title: activity.title })}
              downLabel={t('courses.content.moveActivityDown', { title: activity.title })}
              onMove={onMove}
            />
            <label className="checkbox course-required-toggle">
              <input
                type="checkbox"
                checked={activity.required}
                disabled={update.isPending}
                onChange={(event) =>
                  update.mutate(
                    { id: activity.id, changes: { required: event.target.checked } },
                    {
                      onSuccess: (saved) =>
                        onAnnounce(t(saved.required ? 'courses.content.nowRequired' : 'courses.content.nowOptional', { title: saved.title })),
                    },
                  )
                }
              />
              {t('courses.content.required')}
              <span className="visually-hidden">: {activity.title}</span>
            </label>
          </>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls={`${headingId}-panel`}
          aria-label={t(readOnly ? 'courses.content.viewActivity' : 'courses.content.editActivity', { title: activity.title })}
          onClick={onToggle}
        >
          {open ? t('courses.content.close') : readOnly ? t('courses.content.view') : t('common.edit')}
        </button>
        {!readOnly ? (
          <button
            type="button"
            className="button button--danger button--small"
            aria-label={t('courses.content.deleteActivity', { title: activity.title })}
            onClick={() => setConfirming(true)}
          >
            {t('common.delete')}
          </button>
        ) : null}
      </div>
      {update.isError ? <Alert kind="error">{errorMessage(update.error, t)}</Alert> : null}
      {confirming ? (
        <ConfirmDelete
          id={`${headingId}-confirm`}
          message={t('courses.content.confirmDeleteActivity', { title: activity.title })}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove
              .mutateAsync(activity.id)
              .then(() => onAnnounce(t('courses.content.activityDeleted', { title: activity.title })))
              .catch(() => undefined) // shown in the dialog, which stays while the item does
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {open ? (
        <div id={`${headingId}-panel`} className="course-activity-panel">
          {readOnly ? (
            <ActivityView activity={activity} />
          ) : (
            <div className="stack">
              <ActivityForm
                key={activity.id}
                kind={activity.kind}
                activity={activity}
                submitLabel={t('courses.content.saveActivity')}
                onSubmit={(changes) => update.mutateAsync({ id: activity.id, changes })}
              />
              {activity.kind === 'page' && activity.bodyHtml ? (
                <section aria-label={t('courses.content.preview')} className="course-preview">
                  <h5>{t('courses.content.preview')}</h5>
                  {/* Rendered by the API from markdown with raw HTML disabled: safe to insert. */}
                  <div className="course-markdown" dangerouslySetInnerHTML={{ __html: activity.bodyHtml }} />
                </section>
              ) : null}
              {activity.kind === 'video' && activity.videoUrl ? <VideoLinks activity={activity} /> : null}
              {activity.kind === 'file' ? <ActivityFileUpload courseId={courseId} activity={activity} /> : null}
              {activity.kind === 'quiz' ? (
                <QuizEditor key={activity.id} courseId={courseId} activity={activity} />
              ) : null}
              <MoveToModule courseId={courseId} activity={activity} modules={otherModules} onMoved={onAnnounce} />
            </div>
          )}
        </div>
      ) : null}
    </li>
  );
};

const VideoLinks = ({ activity }: { activity: CourseActivityDto }) => {
  const { t } = useTranslation();
  return (
    <p>
      <a href={activity.videoUrl ?? undefined} target="_blank" rel="noopener noreferrer">
        {t('courses.content.openVideo')}
      </a>
      {activity.embedUrl ? <span className="muted"> · {t('courses.content.embeddable')}</span> : null}
    </p>
  );
};

/** An activity's content as participants will get it (facilitators and old versions). */
const ActivityView = ({ activity }: { activity: CourseActivityDto }) => {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {activity.bodyHtml ? <div className="course-markdown" dangerouslySetInnerHTML={{ __html: activity.bodyHtml }} /> : null}
      {activity.kind === 'video' && activity.videoUrl ? <VideoLinks activity={activity} /> : null}
      {activity.kind === 'file' ? activity.file ? <ActivityFileLink activity={activity} /> : <p className="muted">{t('courses.file.none')}</p> : null}
      {activity.kind === 'quiz' ? <QuestionsView questions={activity.questions} /> : null}
    </div>
  );
};
