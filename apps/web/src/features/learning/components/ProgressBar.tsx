import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';

/** A labelled progress bar with its percentage in words beside it. */
export const ProgressBar = ({ percent, label }: { percent: number; label: string }) => {
  const { t } = useTranslation();
  return (
    <div className="learning-progress">
      <progress max={100} value={percent} aria-label={label} />
      <span aria-hidden="true">{t('learning.percent', { value: formatNumber(percent) })}</span>
    </div>
  );
};
