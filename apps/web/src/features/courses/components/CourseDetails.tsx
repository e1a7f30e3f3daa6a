import { useTranslation } from 'react-i18next';
import { DetailsList } from '../../../shared/DetailsList';
import { formatDateTime, formatNumber } from '../../../shared/format';
import type { CourseDto } from '../api/types';
import { CourseStatusBadge } from './CourseStatusBadge';
import { frameworkLabel } from './format';

/** A course's data, read-only (facilitators; and the summary beside the editors' form). */
export const CourseDetails = ({ course }: { course: CourseDto }) => {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <>
      <DetailsList
        rows={[
          [t('courses.form.code'), course.code],
          [t('courses.columns.status'), <CourseStatusBadge key="status" status={course.status} />],
          [t('courses.form.area'), frameworkLabel(course.area)],
          [t('courses.form.subArea'), course.subArea ? frameworkLabel(course.subArea) : none],
          [t('courses.form.modality'), t(`courses.modality.${course.modality}`)],
          [t('courses.form.workloadHours'), formatNumber(course.workloadHours)],
          [t('courses.form.passingScore'), formatNumber(course.passingScore)],
          [t('courses.form.minAttendance'), `${formatNumber(course.minAttendance)} %`],
          [t('courses.form.certificateKind'), t(`courses.certificate.${course.certificateKind}`)],
          [t('courses.form.requiresEndorsement'), course.requiresEndorsement ? t('common.yes') : t('common.no')],
          [t('courses.form.requiresApproval'), course.requiresApproval ? t('common.yes') : t('common.no')],
          [
            t('courses.competencies.legend'),
            course.competencies.length ? (
              <ul key="competencies" className="course-plain-list">
                {course.competencies.map((c) => (
                  <li key={c.competencyId}>
                    {frameworkLabel(c)} — {t(`courses.level.${c.level}`)}
                  </li>
                ))}
              </ul>
            ) : (
              none
            ),
          ],
          [t('courses.form.sdgTargets'), course.sdgTargets.length ? course.sdgTargets.join(', ') : none],
          [
            t('courses.prerequisites.legend'),
            course.prerequisites.length ? course.prerequisites.map((p) => `${p.code} · ${p.title}`).join('; ') : none,
          ],
          [t('courses.details.published'), formatDateTime(course.publishedAt)],
          [t('courses.details.version'), t('courses.details.versionValue', { number: course.latestVersion.number })],
        ]}
      />
      {course.summary ? <p>{course.summary}</p> : null}
      {course.descriptionHtml ? (
        // Rendered by the API from markdown with raw HTML disabled: safe to insert.
        <div className="course-markdown" dangerouslySetInnerHTML={{ __html: course.descriptionHtml }} />
      ) : null}
    </>
  );
};
