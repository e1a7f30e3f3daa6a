import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/Alert';
import { formatDate } from '../../../shared/format';
import type { CatalogueCourseDetailDto } from '../api/types';
import { cohortPhase, SeatsLeft } from './EnrolmentStatus';
import { featuredCohort } from './CourseFacts';

/**
 * Where enrolment stands, and how to enrol until the online request arrives (the enrolment
 * workflow comes with its own issue: no button that does nothing meanwhile).
 */
export const EnrolmentNote = ({ course }: { course: CatalogueCourseDetailDto }) => {
  const { t } = useTranslation();
  const cohort = featuredCohort(course);
  return (
    <Alert kind="info">
      <p>
        {cohort?.enrolmentOpen ? (
          <>
            <strong>
              {t('catalogue.course.enrolOpen', {
                label: cohort.label,
                date: formatDate(cohort.enrolmentClosesOn),
              })}
            </strong>{' '}
            <SeatsLeft seats={cohort.seatsLeft} />.
          </>
        ) : cohort && cohortPhase(cohort) === 'not_yet_open' ? (
          t('catalogue.course.enrolUpcoming', {
            label: cohort.label,
            date: formatDate(cohort.enrolmentOpensOn),
          })
        ) : (
          t('catalogue.course.enrolNone')
        )}
      </p>
      <p>{t('catalogue.course.enrolNote')}</p>
    </Alert>
  );
};
