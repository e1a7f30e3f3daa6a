import { useTranslation } from 'react-i18next';

/** A form's submit button ("Guardando…" while pending) and, when it can be left, "Cancelar". */
export const FormActions = ({ pending, submitLabel, onCancel }: { pending: boolean; submitLabel: string; onCancel?: () => void }) => {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
};
