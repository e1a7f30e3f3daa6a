import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CatalogueCourseDetailDto } from '../api/types';

/** What you will learn: the competencies the course grants, with their level in words. */
export const CourseCompetencies = ({ course }: { course: CatalogueCourseDetailDto }) => {
  const { t } = useTranslation();
  if (course.competencies.length === 0)
    return <p className="muted">{t('catalogue.course.noCompetencies')}</p>;
  return (
    <>
      <p>{t('catalogue.course.learnIntro')}</p>
      <ul className="competency-list">
        {course.competencies.map((competency) => (
          <li key={competency.id}>
            {competency.name}{' '}
            <span className="badge">
              {t('catalogue.course.level', {
                level: t(`catalogue.levels.${competency.level}`).toLowerCase(),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
};

/** Requirements: courses to pass first and whether the municipal liaison must endorse the request. */
export const CourseRequirements = ({ course }: { course: CatalogueCourseDetailDto }) => {
  const { t } = useTranslation();
  return (
    <>
      {course.prerequisites.length > 0 ? (
        <>
          <p>{t('catalogue.course.prerequisitesIntro')}</p>
          <ul className="competency-list">
            {course.prerequisites.map((prerequisite) => (
              <li key={prerequisite.id}>
                {prerequisite.inCatalogue ? (
                  <Link to={`/catalogo/${prerequisite.id}`}>{prerequisite.title}</Link>
                ) : (
                  <>
                    {prerequisite.title}{' '}
                    <span className="muted">{t('catalogue.course.notOffered')}</span>
                  </>
                )}{' '}
                (<code>{prerequisite.code}</code>)
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('catalogue.course.noPrerequisites')}</p>
      )}
      <p>
        {course.requiresEndorsement
          ? t('catalogue.course.endorsementRequired')
          : t('catalogue.course.endorsementNotRequired')}
      </p>
    </>
  );
};
