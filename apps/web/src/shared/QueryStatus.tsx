import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { Alert } from './Alert';
import { errorMessage } from './errors';
import { PageTitle } from './PageTitle';

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

/**
 * A page whose record has not arrived: its breadcrumb and title, then loading, the load error
 * (with retry) or, when the API answered 404, `notFound`.
 */
export const RecordUnavailable = ({
  query,
  back,
  title,
  notFound,
}: {
  query: { isError: boolean; isPending: boolean; error: unknown; refetch: () => unknown };
  back: { to: string; label: string };
  title: string;
  notFound: string;
}) => (
  <>
    <p className="breadcrumb">
      <Link to={back.to}>{back.label}</Link>
    </p>
    <PageTitle title={title} />
    {query.isError && !(isApiError(query.error) && query.error.status === 404) ? (
      <LoadError error={query.error} onRetry={() => void query.refetch()} />
    ) : query.isPending ? (
      <Loading />
    ) : (
      <Alert kind="error">{notFound}</Alert>
    )}
  </>
);
