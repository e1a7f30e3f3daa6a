import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CreateCourseRequest } from '../features/courses/api/types';
import { CourseForm } from '../features/courses/components/CourseForm';
import { useCreateCourse } from '../features/courses/hooks/useCreateCourse';
import { PageTitle } from '../shared/PageTitle';
import '../features/courses/components/courses.css';

export const CourseCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cursos">{t('courses.backToList')}</Link>
      </p>
      <PageTitle title={t('courses.createTitle')} />
      <p className="lead">{t('courses.createLead')}</p>
      <section className="panel">
        <CourseForm
          submitLabel={t('courses.form.create')}
          onSubmit={async (values) => {
            // A new course is never locked: the form sends every field.
            const course = await create.mutateAsync(values as CreateCourseRequest);
            await navigate(`/cursos/${course.id}`, { state: { flash: t('courses.created', { title: course.title }) } });
          }}
        />
      </section>
    </>
  );
};
