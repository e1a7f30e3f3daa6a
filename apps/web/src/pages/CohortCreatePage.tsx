import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CohortForm } from '../features/cohorts/components/CohortForm';
import '../features/cohorts/components/cohorts.css';
import { useCohortCourse } from '../features/cohorts/hooks/useCohortCourse';
import { useCreateCohort } from '../features/cohorts/hooks/useCreateCohort';
import { useFacilitatorOptions } from '../features/cohorts/hooks/useFacilitatorOptions';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** Schedules a cohort of a course (coordinators and admins). */
export const CohortCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { courseId = '' } = useParams();
  const course = useCohortCourse(courseId);
  const facilitators = useFacilitatorOptions();
  const create = useCreateCohort();

  const back = (
    <p className="breadcrumb">
      <Link to={`/cursos/${courseId}`}>{t('cohorts.create.backToCourse')}</Link>
    </p>
  );
  if (!course.data || facilitators.isPending) {
    return (
      <>
        {back}
        <PageTitle title={t('cohorts.create.title')} />
        {course.isError ? <LoadError error={course.error} onRetry={() => void course.refetch()} /> : <Loading />}
      </>
    );
  }

  return (
    <>
      {back}
      <PageTitle title={t('cohorts.create.title')} />
      <p className="lead">{t('cohorts.create.course', { code: course.data.code, title: course.data.title })}</p>
      {course.data.status === 'draft' ? <Alert kind="info">{t('cohorts.create.draftNote')}</Alert> : null}
      {course.data.status === 'archived' ? <Alert kind="error">{t('cohorts.create.archivedNote')}</Alert> : null}
      {facilitators.isError ? <LoadError error={facilitators.error} onRetry={() => void facilitators.refetch()} /> : null}
      <section className="panel">
        <CohortForm
          courseModality={course.data.modality}
          facilitators={facilitators.data ?? []}
          submitLabel={t('cohorts.form.create')}
          onSubmit={async (values) => {
            const cohort = await create.mutateAsync({ courseId, cohort: values });
            await navigate(`/cohortes/${cohort.id}`, { state: { flash: t('cohorts.create.created', { label: cohort.label }) } });
          }}
        />
      </section>
    </>
  );
};
