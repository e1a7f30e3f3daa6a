import { useTranslation } from 'react-i18next';
import type { CatalogueOutlineDto } from '../api/types';

/** Modules and their activities (kind, required or optional, estimated time): what the course asks. */
export const CourseOutline = ({ outline }: { outline: CatalogueOutlineDto | null }) => {
  const { t } = useTranslation();
  if (!outline || outline.modules.length === 0)
    return <p className="muted">{t('catalogue.course.noOutline')}</p>;
  return (
    <>
      <p className="muted">
        {t('catalogue.course.outlineIntro', { version: outline.versionNumber })}
      </p>
      {outline.modules.map((module) => {
        const minutes = module.activities.reduce(
          (sum, activity) => sum + (activity.estimatedMinutes ?? 0),
          0,
        );
        return (
          <section
            key={module.position}
            className="outline-module"
            aria-labelledby={`module-${module.position}`}
          >
            <h3 id={`module-${module.position}`}>
              {t('catalogue.course.moduleTitle', {
                position: module.position,
                title: module.title,
              })}
            </h3>
            {module.summary ? <p>{module.summary}</p> : null}
            <ul className="outline-activities">
              {module.activities.map((activity, index) => (
                <li key={index}>
                  <strong>{t(`catalogue.activityKinds.${activity.kind}`)}:</strong> {activity.title}{' '}
                  <span className="muted">
                    (
                    {[
                      activity.required
                        ? t('catalogue.course.required')
                        : t('catalogue.course.optional'),
                      activity.estimatedMinutes
                        ? t('catalogue.course.minutes', { count: activity.estimatedMinutes })
                        : null,
                      activity.questionCount
                        ? t('catalogue.course.questions', { count: activity.questionCount })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    )
                  </span>
                </li>
              ))}
            </ul>
            {minutes > 0 ? (
              <p className="muted">{t('catalogue.course.moduleTime', { minutes })}</p>
            ) : null}
          </section>
        );
      })}
    </>
  );
};
