import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { CourseCohorts } from '../features/catalogue/components/CourseCohorts';
import { CourseFacts } from '../features/catalogue/components/CourseFacts';
import {
  CourseCompetencies,
  CourseRequirements,
} from '../features/catalogue/components/CourseLearning';
import { CourseOutline } from '../features/catalogue/components/CourseOutline';
import { EnrolmentNote } from '../features/catalogue/components/EnrolmentNote';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { CohortEnrolAction } from '../features/enrolments/components/CohortEnrolAction';
import { useMyEnrolments } from '../features/enrolments/hooks/useMyEnrolments';
import { demoteHeadings } from '../features/catalogue/headings';
import { useCatalogueCourse } from '../features/catalogue/hooks/useCatalogueCourse';
import '../features/catalogue/catalogue.css';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** A course of the catalogue, laid out for deciding whether to enrol. */
export const CatalogueCoursePage = () => {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const query = useCatalogueCourse(courseId);
  const course = query.data;
  const isParticipant = useHasRole('participant');
  const mine = useMyEnrolments(isParticipant);
  const enrolmentOf = (cohortId: string) => mine.data?.find((enrolment) => enrolment.cohort.id === cohortId);

  const back = (
    <p className="breadcrumb">
      <Link to={from?.startsWith('/catalogo') ? from : '/catalogo'}>
        {t('catalogue.course.back')}
      </Link>
    </p>
  );

  if (!course) {
    const notFound =
      query.isError &&
      isApiError(query.error) &&
      (query.error.status === 404 || query.error.status === 400);
    return (
      <>
        {back}
        <PageTitle title={t('catalogue.title')} />
        {notFound ? (
          <Alert kind="error">{t('catalogue.course.notFound')}</Alert>
        ) : query.isError ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )}
      </>
    );
  }

  return (
    <>
      {back}
      <PageTitle title={course.title} />
      <p className="course-subtitle">
        {t('catalogue.course.subtitle', {
          code: course.code,
          area: course.subArea?.name ?? course.area.name,
        })}
      </p>
      {course.summary ? <p className="lead">{course.summary}</p> : null}
      <div className="course-layout">
        <aside className="course-aside stack" aria-labelledby="course-facts">
          <section className="panel">
            <h2 id="course-facts">{t('catalogue.course.factsTitle')}</h2>
            <CourseFacts course={course} />
          </section>
          <section className="panel" aria-labelledby="course-enrol">
            <h2 id="course-enrol">{t('catalogue.course.enrolTitle')}</h2>
            <EnrolmentNote course={course} />
          </section>
        </aside>
        <div className="course-main">
          {course.descriptionHtml ? (
            <section className="panel" aria-labelledby="course-description">
              <h2 id="course-description">{t('catalogue.course.descriptionTitle')}</h2>
              {/* Rendered by the API from markdown with raw HTML disabled (markdown-it, html: false). */}
              <div
                className="course-description"
                dangerouslySetInnerHTML={{ __html: demoteHeadings(course.descriptionHtml) }}
              />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="course-learn">
            <h2 id="course-learn">{t('catalogue.course.learnTitle')}</h2>
            <CourseCompetencies course={course} />
          </section>
          <section className="panel" aria-labelledby="course-requirements">
            <h2 id="course-requirements">{t('catalogue.course.requirementsTitle')}</h2>
            <CourseRequirements course={course} />
          </section>
          <section className="panel" aria-labelledby="course-outline">
            <h2 id="course-outline">{t('catalogue.course.outlineTitle')}</h2>
            <CourseOutline outline={course.outline} />
          </section>
          <section className="panel" aria-labelledby="course-cohorts">
            <h2 id="course-cohorts">{t('catalogue.course.cohortsTitle')}</h2>
            <CourseCohorts
              cohorts={course.cohorts}
              action={
                isParticipant
                  ? (cohort) => <CohortEnrolAction cohort={cohort} enrolment={enrolmentOf(cohort.id)} />
                  : undefined
              }
            />
          </section>
        </div>
      </div>
    </>
  );
};
