import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { errorMessage } from './errors';

/** Loading and load-error states of a query, in one place. */
export const Loading = () => {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
};

export const LoadError = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  return (
    <Alert kind="error">
      <p>
        {t('common.loadError')} {errorMessage(error, t)}
      </p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </Alert>
  );
};
