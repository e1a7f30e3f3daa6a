import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import type { CatalogueCourseSummaryDto } from '../api/types';
import { EnrolmentWindow, SeatsLeft } from './EnrolmentStatus';
import { Headline } from './Headline';
import { SdgTargets } from './SdgTargets';

/** One result: what the course is, how it is taught and when one can enrol. */
export const CourseCard = ({
  course,
  from,
}: {
  course: CatalogueCourseSummaryDto;
  from: string;
}) => {
  const { t } = useTranslation();
  const titleId = useId();
  const cohort = course.nextCohort;
  const moreOpen = course.openCohortCount - (cohort?.enrolmentOpen ? 1 : 0);
  return (
    <article className="course-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="course-card__title">
        <Link to={`/catalogo/${course.id}`} state={{ from }}>
          {course.title}
        </Link>
      </h2>
      <p className="course-card__meta">
        <code>{course.code}</code> · {course.area.name}
        {course.subArea ? ` · ${course.subArea.name}` : ''}
      </p>
      {course.summary ? <p className="course-card__summary">{course.summary}</p> : null}
      {course.headline ? (
        <Headline headline={course.headline} label={t('catalogue.card.snippetLabel')} />
      ) : null}
      <dl className="course-card__facts">
        <div>
          <dt>{t('catalogue.card.modality')}</dt>
          <dd>{t(`catalogue.modalities.${course.modality}`)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.card.workload')}</dt>
          <dd>{t('catalogue.hours', { count: course.workloadHours })}</dd>
        </div>
        <div>
          <dt>{t('catalogue.card.certificate')}</dt>
          <dd>{t(`catalogue.certificates.${course.certificateKind}`)}</dd>
        </div>
        {course.competencyCount > 0 ? (
          <div>
            <dt className="visually-hidden">{t('catalogue.course.learnTitle')}</dt>
            <dd>{t('catalogue.card.competencies', { count: course.competencyCount })}</dd>
          </div>
        ) : null}
      </dl>
      <SdgTargets targets={course.sdgTargets} />
      <div className="course-card__cohort">
        {cohort ? (
          <>
            <p>
              <strong>{t('catalogue.card.nextCohort')}:</strong> {cohort.label} ·{' '}
              {t('catalogue.card.dates', {
                start: formatDate(cohort.startsOn),
                end: formatDate(cohort.endsOn),
              })}
              {cohort.modality !== course.modality
                ? ` · ${t(`catalogue.modalities.${cohort.modality}`)}`
                : ''}
              {cohort.venue ? ` · ${cohort.venue}` : ''}
            </p>
            <p className="course-card__status">
              <EnrolmentWindow cohort={cohort} /> <SeatsLeft seats={cohort.seatsLeft} />
            </p>
            {moreOpen > 0 ? (
              <p className="muted">{t('catalogue.card.moreOpen', { count: moreOpen })}</p>
            ) : null}
          </>
        ) : (
          <p className="muted">{t('catalogue.card.noCohort')}</p>
        )}
      </div>
    </article>
  );
};
