import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { CourseCohortsSection } from '../features/cohorts/components/CourseCohortsSection';
import { CourseDetails } from '../features/courses/components/CourseDetails';
import { CourseForm } from '../features/courses/components/CourseForm';
import { CourseStatusActions } from '../features/courses/components/CourseStatusActions';
import { useCourse } from '../features/courses/hooks/useCourse';
import { useUpdateCourse } from '../features/courses/hooks/useUpdateCourse';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import '../features/courses/components/courses.css';
import { LoadError, Loading } from '../shared/QueryStatus';

/** One course: its data (edited by coordinators and admins, read by its facilitators), status, content and cohorts. */
export const CoursePage = () => {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const location = useLocation();
  const canEdit = useHasRole('admin', 'coordinator');
  const query = useCourse(courseId);
  const update = useUpdateCourse();
  const [saved, setSaved] = useState(false);
  const course = query.data;
  const flash = (location.state as { flash?: string } | null)?.flash;

  const back = (
    <p className="breadcrumb">
      <Link to="/cursos">{t('courses.backToList')}</Link>
    </p>
  );

  if (!course) {
    return (
      <>
        {back}
        <PageTitle title={t('courses.title')} />
        {query.isError ? (
          isApiError(query.error) && query.error.status === 404 ? (
            <Alert kind="error">{t('courses.notFound')}</Alert>
          ) : (
            <LoadError error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const contentLink = (
    <Link to={`/cursos/${course.id}/contenido`} className="button button--secondary">
      {canEdit ? t('courses.editContent') : t('courses.viewContent')}
    </Link>
  );

  return (
    <>
      {back}
      <div className="page-head">
        <PageTitle title={`${course.code} · ${course.title}`} />
        {canEdit ? null : contentLink}
      </div>
      {flash ? <Alert kind="success">{flash}</Alert> : null}
      {canEdit ? (
        <div className="columns columns--wide-first">
          <section aria-labelledby="course-edit" className="panel">
            <h2 id="course-edit">{t('courses.editTitle')}</h2>
            {saved ? <Alert kind="success">{t('courses.saved')}</Alert> : null}
            <CourseForm
              key={course.id}
              course={course}
              submitLabel={t('courses.form.save')}
              onSubmit={async (changes) => {
                setSaved(false);
                await update.mutateAsync({ id: course.id, changes });
                setSaved(true);
              }}
            />
          </section>
          <div className="stack">
            <section aria-labelledby="course-status" className="panel">
              <h2 id="course-status">{t('courses.statusTitle')}</h2>
              <CourseStatusActions course={course} />
            </section>
            <section aria-labelledby="course-content" className="panel">
              <h2 id="course-content">{t('courses.contentTitle')}</h2>
              <p>
                {t('courses.contentSummary', { number: course.latestVersion.number })}{' '}
                {course.latestVersion.locked ? t('courses.contentLockedShort', { count: course.latestVersion.cohortCount }) : null}
              </p>
              {contentLink}
            </section>
          </div>
        </div>
      ) : (
        <section aria-labelledby="course-data" className="panel">
          <h2 id="course-data">{t('courses.detailsTitle')}</h2>
          <CourseDetails course={course} />
        </section>
      )}
      <CourseCohortsSection courseId={course.id} canEdit={canEdit} />
    </>
  );
};
