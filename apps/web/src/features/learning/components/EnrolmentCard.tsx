import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../shared/format';
import type { LearningEnrolmentDto } from '../api/types';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { ProgressBar } from './ProgressBar';

/** One of my cohorts: course, dates, status, progress and the way in ("Empezar", "Continuar"). */
export const EnrolmentCard = ({ enrolment }: { enrolment: LearningEnrolmentDto }) => {
  const { t } = useTranslation();
  const { course, cohort } = enrolment;
  const headingId = `learning-${enrolment.id}`;
  const started = enrolment.status !== 'enrolled' || enrolment.progressPercent > 0;
  const action = enrolment.readOnly ? t('learning.list.review') : started ? t('learning.list.continue') : t('learning.list.start');
  return (
    <li className="learning-card panel">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="learning-card-title">
          {course.title}
        </h2>
        <p className="muted">
          {course.code} · {t('learning.list.cohort', { label: cohort.label })} · {t(`cohorts.modalities.${cohort.modality}`)}
        </p>
        <p>{t('learning.list.dates', { from: formatDate(cohort.startsOn), to: formatDate(cohort.endsOn) })}</p>
        <p>
          <EnrolmentStatusBadge status={enrolment.status} />
        </p>
        {enrolment.canOpen ? (
          <>
            <ProgressBar percent={enrolment.progressPercent} label={t('learning.list.progressOf', { title: course.title })} />
            {enrolment.finalScore !== null ? <p>{t('learning.list.finalScore', { score: formatNumber(enrolment.finalScore) })}</p> : null}
            <p>
              <Link className="button" to={`/aprendizaje/${enrolment.id}`} aria-label={`${action}: ${course.title}`}>
                {action}
              </Link>
            </p>
          </>
        ) : (
          <p>
            <span className="muted">{t(`learning.list.waiting.${enrolment.status}`, { defaultValue: '' })}</span>{' '}
            <Link to={`/catalogo/${course.id}`}>{t('learning.list.seeCourse')}</Link>
          </p>
        )}
      </article>
    </li>
  );
};
