import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsList } from '../../../shared/DetailsList';
import { formatDate } from '../../../shared/format';
import type { CatalogueCohortDto, CatalogueCourseDetailDto } from '../api/types';
import { EnrolmentWindow } from './EnrolmentStatus';
import { SdgTargets } from './SdgTargets';

/** The cohort a person would join: the first open one, else the next one. */
export const featuredCohort = (course: CatalogueCourseDetailDto): CatalogueCohortDto | undefined =>
  course.cohorts.find((cohort) => cohort.enrolmentOpen) ?? course.cohorts[0];

/** Key facts at a glance: hours, modality, dates, places, certificate and what it takes to pass. */
export const CourseFacts = ({ course }: { course: CatalogueCourseDetailDto }) => {
  const { t } = useTranslation();
  const cohort = featuredCohort(course);
  const rows: [string, ReactNode][] = [
    [t('catalogue.course.workload'), t('catalogue.hours', { count: course.workloadHours })],
    [t('catalogue.course.modality'), t(`catalogue.modalities.${course.modality}`)],
    [
      t('catalogue.course.nextCohort'),
      cohort ? (
        <>
          {cohort.label}
          <br />
          {t('catalogue.course.range', {
            start: formatDate(cohort.startsOn),
            end: formatDate(cohort.endsOn),
          })}
          <br />
          <EnrolmentWindow cohort={cohort} />
        </>
      ) : (
        t('catalogue.course.noneYet')
      ),
    ],
    [
      t('catalogue.course.seats'),
      cohort
        ? t('catalogue.course.seatsValue', { seats: cohort.seatsLeft, capacity: cohort.capacity })
        : t('catalogue.course.noneYet'),
    ],
    [t('catalogue.course.certificate'), t(`catalogue.certificates.${course.certificateKind}`)],
    [
      t('catalogue.course.passingScore'),
      t('catalogue.course.passingScoreValue', { score: course.passingScore }),
    ],
    [
      t('catalogue.course.attendance'),
      course.attendanceRequired
        ? t('catalogue.course.attendanceValue', { percent: course.minAttendance })
        : t('catalogue.course.attendanceNotRequired'),
    ],
    [
      t('catalogue.course.area'),
      course.subArea ? `${course.area.name} › ${course.subArea.name}` : course.area.name,
    ],
  ];
  if (course.sdgTargets.length > 0)
    rows.push([t('catalogue.course.sdg'), <SdgTargets key="sdg" targets={course.sdgTargets} />]);
  return <DetailsList rows={rows} />;
};
