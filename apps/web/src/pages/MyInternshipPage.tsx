import { useTranslation } from 'react-i18next';
import { PlacementExecutionView } from '../features/internship-execution/components/ExecutionPanels';
import { useMyPlacements, usePlacementExecution } from '../features/internship-execution/hooks/queries';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const Placement = ({ id }: { id: string }) => {
  const query = usePlacementExecution(id);
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return query.data ? <PlacementExecutionView placement={query.data} /> : <Loading />;
};

/** "Mi pasantía": the intern's placement — unit, tutor, dates, work plan, logbook, final report and outcome. */
export const MyInternshipPage = () => {
  const { t } = useTranslation();
  const query = useMyPlacements();
  return (
    <>
      <PageTitle title={t('internships.logbook.mine.title')} />
      {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        query.data.length === 0 ? (
          <p>{t('internships.logbook.mine.empty')}</p>
        ) : (
          query.data.map((p) => (
            <article key={p.id} aria-label={t('internships.logbook.mine.placementLabel', { unit: p.hostUnit })}>
              <Placement id={p.id} />
            </article>
          ))
        )
      ) : query.error ? null : (
        <Loading />
      )}
    </>
  );
};
