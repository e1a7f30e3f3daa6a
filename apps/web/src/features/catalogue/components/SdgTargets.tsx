import { useTranslation } from 'react-i18next';

/** ODS targets as chips, in a list named for screen readers. */
export const SdgTargets = ({ targets }: { targets: string[] }) => {
  const { t } = useTranslation();
  if (targets.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('catalogue.sdgListLabel')}>
      {targets.map((target) => (
        <li key={target} className="tag tag--sdg">
          {t('catalogue.sdgChip', { target })}
        </li>
      ))}
    </ul>
  );
};
