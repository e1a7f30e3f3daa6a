import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { COURSE_STATUSES } from '@campus/domain';
import type { CourseStatus } from '@campus/domain';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { CourseFiltersForm } from '../features/courses/components/CourseFiltersForm';
import type { CourseFilterValues } from '../features/courses/components/CourseFiltersForm';
import { CoursesTable } from '../features/courses/components/CoursesTable';
import { useCourses } from '../features/courses/hooks/useCourses';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import '../features/courses/components/courses.css';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

const PAGE_SIZE = 20;
const isStatus = (value: string): value is CourseStatus => (COURSE_STATUSES as readonly string[]).includes(value);

/**
 * Filters live in the address (?buscar=&estado=&area=&pagina=). Coordinators and admins manage
 * every course; a facilitator sees the courses they teach (the API scopes the list).
 */
export const CoursesPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const canEdit = useHasRole('admin', 'coordinator');
  const [params, setParams] = useSearchParams();
  const values: CourseFilterValues = {
    search: params.get('buscar') ?? '',
    status: params.get('estado') ?? '',
    areaId: params.get('area') ?? '',
  };
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const courses = useCourses({
    search: values.search || undefined,
    status: isStatus(values.status) ? values.status : undefined,
    areaId: values.areaId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const flash = (location.state as { flash?: string } | null)?.flash;

  const update = (next: CourseFilterValues, nextPage = 1) => {
    const entries: [string, string][] = [
      ['buscar', next.search],
      ['estado', next.status],
      ['area', next.areaId],
      ['pagina', nextPage > 1 ? String(nextPage) : ''],
    ];
    setParams(new URLSearchParams(entries.filter(([, value]) => value !== '')));
  };

  return (
    <>
      <div className="page-head">
        <PageTitle title={canEdit ? t('courses.title') : t('courses.taughtTitle')} />
        {canEdit ? (
          <Link to="/cursos/nuevo" className="button">
            {t('courses.new')}
          </Link>
        ) : null}
      </div>
      {flash ? <Alert kind="success">{flash}</Alert> : null}
      <CourseFiltersForm key={values.search} values={values} onChange={(next) => update(next)} />
      {courses.data ? (
        <>
          <CoursesTable courses={courses.data.items} total={courses.data.total} />
          <Pagination page={courses.data.page} pageSize={courses.data.pageSize} total={courses.data.total} onChange={(next) => update(values, next)} />
        </>
      ) : courses.isError ? (
        <LoadError error={courses.error} onRetry={() => void courses.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
