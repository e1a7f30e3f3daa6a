import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { formatNumber } from '../../../shared/format';
import type { CourseSummaryDto } from '../api/types';
import { CourseStatusBadge } from './CourseStatusBadge';

export const CoursesTable = ({ courses, total }: { courses: CourseSummaryDto[]; total: number }) => {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('courses.caption', { total: formatNumber(total) })}
      columns={[
        t('courses.columns.code'),
        t('courses.columns.title'),
        t('courses.columns.area'),
        t('courses.columns.modality'),
        t('courses.columns.hours'),
        t('courses.columns.status'),
        t('courses.columns.version'),
      ]}
      isEmpty={courses.length === 0}
      emptyText={t('courses.empty')}
    >
      {courses.map((course) => (
        <tr key={course.id}>
          <td className="course-code">{course.code}</td>
          <th scope="row">
            <Link to={`/cursos/${course.id}`}>{course.title}</Link>
          </th>
          <td>
            {course.area.name}
            {course.subArea ? <span className="muted"> · {course.subArea.name}</span> : null}
          </td>
          <td>{t(`courses.modality.${course.modality}`)}</td>
          <td>{formatNumber(course.workloadHours)}</td>
          <td>
            <CourseStatusBadge status={course.status} />
          </td>
          <td>{formatNumber(course.latestVersionNumber)}</td>
        </tr>
      ))}
    </DataTable>
  );
};
