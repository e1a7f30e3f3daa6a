import { useTranslation } from 'react-i18next';

/**
 * "Subir" / "Bajar" for one item of an ordered list (modules, activities). The buttons keep their
 * ids, so focus can be put back on them after the list re-renders in its new order.
 */
export const MoveButtons = ({
  id,
  index,
  count,
  moving,
  upLabel,
  downLabel,
  onMove,
}: {
  id: string;
  index: number;
  count: number;
  moving: boolean;
  upLabel: string;
  downLabel: string;
  onMove: (delta: -1 | 1) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <button
        id={`move-${id}-up`}
        type="button"
        className="button button--secondary button--small"
        disabled={index === 0}
        aria-busy={moving || undefined}
        aria-label={upLabel}
        onClick={() => onMove(-1)}
      >
        {t('courses.content.up')}
      </button>
      <button
        id={`move-${id}-down`}
        type="button"
        className="button button--secondary button--small"
        disabled={index === count - 1}
        aria-busy={moving || undefined}
        aria-label={downLabel}
        onClick={() => onMove(1)}
      >
        {t('courses.content.down')}
      </button>
    </>
  );
};
