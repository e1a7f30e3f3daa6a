import { useTranslation } from 'react-i18next';
import { PROFICIENCY_LEVELS } from '@campus/domain';

/** The proficiency scale (1 básico, 2 intermedio, 3 avanzado) as a small legend. */
export const ProficiencyLegend = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cf-scale-title">
      <h2 id="cf-scale-title">{t('competencies.scale.title')}</h2>
      <p>{t('competencies.scale.intro')}</p>
      <ol className="cf-scale">
        {PROFICIENCY_LEVELS.map((level) => (
          <li key={level}>
            <strong>
              {level} · {t(`competencies.scale.levels.${level}.name`)}
            </strong>
            <p>{t(`competencies.scale.levels.${level}.description`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
};
