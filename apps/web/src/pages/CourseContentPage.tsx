import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { ContentEditor } from '../features/courses/components/content/ContentEditor';
import { useCourse } from '../features/courses/hooks/useCourse';
import { useCourseContent } from '../features/courses/hooks/useCourseContent';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';
import '../features/courses/components/courses.css';

/** The content editor of a course (?version= shows an older version, read-only). */
export const CourseContentPage = () => {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const versionId = params.get('version') ?? undefined;
  const canEdit = useHasRole('admin', 'coordinator');
  const course = useCourse(courseId);
  const content = useCourseContent(courseId, versionId);
  const title = course.data ? t('courses.content.pageTitle', { title: course.data.title }) : t('courses.content.title');
  const failed = course.error ?? content.error;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/cursos/${courseId}`}>{course.data ? t('courses.backToCourse', { code: course.data.code }) : t('courses.backToList')}</Link>
      </p>
      <PageTitle title={title} />
      {content.data && course.data ? (
        <ContentEditor
          courseId={courseId}
          content={content.data}
          canEdit={canEdit}
          defaultPassingScore={course.data.passingScore}
          onSelectVersion={(id) => setParams(id ? { version: id } : {})}
        />
      ) : failed ? (
        isApiError(failed) && failed.status === 404 ? (
          <Alert kind="error">{t('courses.notFound')}</Alert>
        ) : (
          <LoadError error={failed} onRetry={() => void content.refetch()} />
        )
      ) : (
        <Loading />
      )}
    </>
  );
};
