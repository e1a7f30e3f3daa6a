import { useTranslation } from 'react-i18next';

const ITEMS = [
  'courses',
  'completions',
  'people',
  'certificates',
  'internships',
  'breakdowns',
] as const;

/** "¿Qué se cuenta?": the definitions of libs/domain `reports.ts`, in plain words. */
export const Definitions = () => {
  const { t } = useTranslation();
  return (
    <details className="report-definitions">
      <summary>{t('reports.definitions.title')}</summary>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>{t(`reports.definitions.${item}`)}</li>
        ))}
      </ul>
    </details>
  );
};
