import { useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { ActivityView } from '../features/learning/components/ActivityView';
import { CompletionSummary } from '../features/learning/components/CompletionSummary';
import { CourseOutlineNav } from '../features/learning/components/CourseOutlineNav';
import { EnrolmentStatusBadge } from '../features/learning/components/EnrolmentStatusBadge';
import { ProgressBar } from '../features/learning/components/ProgressBar';
import '../features/learning/components/learning.css';
import { useLearningOutline } from '../features/learning/hooks/useLearningOutline';
import { useProgressAnnouncements } from '../features/learning/hooks/useProgressAnnouncements';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/**
 * The course player: the outline, the current activity (from `?actividad=`, else where the person
 * left off) with "Anterior" / "Siguiente", what is still missing to pass, and a live region for saves.
 */
export const CoursePlayerPage = () => {
  const { t } = useTranslation();
  const { enrolmentId = '' } = useParams();
  const [params] = useSearchParams();
  const outline = useLearningOutline(enrolmentId);
  const [announcement, announce] = useProgressAnnouncements();
  const data = outline.data;
  const firstShown = useRef<string | null>(null);

  if (!data) {
    return (
      <>
        <p className="breadcrumb">
          <Link to="/aprendizaje">{t('learning.player.back')}</Link>
        </p>
        <PageTitle title={t('learning.player.title')} />
        {outline.isPending ? (
          <Loading />
        ) : isApiError(outline.error) && outline.error.status === 404 ? (
          <Alert kind="error">{t('learning.player.notFound')}</Alert>
        ) : isApiError(outline.error) && outline.error.status === 409 ? (
          <Alert kind="info">{t('learning.player.notOpen')}</Alert>
        ) : (
          <LoadError error={outline.error} onRetry={() => void outline.refetch()} />
        )}
      </>
    );
  }

  const activities = data.modules.flatMap((module) => module.activities);
  const wanted = params.get('actividad') ?? data.resumeActivityId;
  const index = Math.max(0, activities.findIndex((activity) => activity.id === wanted));
  const current = activities[index] ?? null;
  const previous = activities[index - 1];
  const next = activities[index + 1];
  firstShown.current ??= current?.id ?? null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/aprendizaje">{t('learning.player.back')}</Link>
      </p>
      <PageTitle title={data.course.title} />
      <p className="muted">
        {data.course.code} · {t('learning.list.cohort', { label: data.cohort.label })} · <EnrolmentStatusBadge status={data.status} />
      </p>
      <ProgressBar percent={data.progressPercent} label={t('learning.list.progressOf', { title: data.course.title })} />
      <CompletionSummary status={data.status} completion={data.completion} />
      {data.readOnly && data.status !== 'passed' ? <p className="muted">{t('learning.player.readOnly')}</p> : null}
      <p role="status" aria-live="polite" className="player-live">
        {announcement}
      </p>

      <div className="player">
        <CourseOutlineNav enrolmentId={enrolmentId} modules={data.modules} currentId={current?.id ?? null} />
        <div className="player-main panel">
          {current ? (
            <>
              <ActivityView
                key={current.id}
                enrolmentId={enrolmentId}
                activityId={current.id}
                onAnnounce={announce}
                focusHeading={current.id !== firstShown.current}
              />
              <nav aria-label={t('learning.player.pager')} className="player-pager">
                {previous ? (
                  <Link className="button button--secondary" to={`/aprendizaje/${enrolmentId}?actividad=${previous.id}`} rel="prev">
                    <span aria-hidden="true">{'←\u00a0'}</span>
                    {t('learning.player.previous')}
                    <span className="visually-hidden">: {previous.title}</span>
                  </Link>
                ) : (
                  <span />
                )}
                {next ? (
                  <Link className="button" to={`/aprendizaje/${enrolmentId}?actividad=${next.id}`} rel="next">
                    {t('learning.player.next')}
                    <span className="visually-hidden">: {next.title}</span>
                    <span aria-hidden="true">{'\u00a0→'}</span>
                  </Link>
                ) : null}
              </nav>
            </>
          ) : (
            <p>{t('learning.player.empty')}</p>
          )}
        </div>
      </div>
    </>
  );
};
