import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';

/**
 * "¿Eliminar …?" under a module or an activity. `onConfirm` resolves after the deletion; the
 * caller announces it then (the item itself is gone by the time a mutate callback would run).
 */
export const ConfirmDelete = ({
  id,
  message,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  id: string;
  message: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{message}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {t('courses.content.confirmDelete')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
    </div>
  );
};
