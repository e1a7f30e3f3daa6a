import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlacementExecutionView } from '../features/internship-execution/components/ExecutionPanels';
import { usePlacementExecution, useTutorInterns } from '../features/internship-execution/hooks/queries';
import { DataTable } from '../shared/DataTable';
import { formatDate, formatNumber } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const Selected = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const query = usePlacementExecution(id);
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading />;
  return (
    <article aria-labelledby="intern-heading">
      <h2 id="intern-heading" tabIndex={-1}>{t('internships.logbook.tutor.internHeading', { name: query.data.intern.name })}</h2>
      <PlacementExecutionView placement={query.data} />
    </article>
  );
};

/** "Mis pasantes": the tutor's interns, and for the one chosen the work plan, the logbook to review and the evaluation. */
export const MyInternsPage = () => {
  const { t } = useTranslation();
  const query = useTutorInterns();
  const [params] = useSearchParams();
  const selected = params.get('pasantia');
  return (
    <>
      <PageTitle title={t('internships.logbook.tutor.title')} />
      {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <DataTable
          caption={t('internships.logbook.tutor.caption')}
          columns={[t('internships.logbook.facts.intern'), t('internships.logbook.facts.unit'), t('internships.logbook.facts.dates'),
            t('internships.logbook.facts.status'), t('internships.logbook.tutor.pending'), t('internships.logbook.entries.actions')]}
          isEmpty={query.data.length === 0}
          emptyText={t('internships.logbook.tutor.empty')}
        >
          {query.data.map((p) => (
            <tr key={p.id}>
              <td>{p.intern.name}{p.municipality ? ` · ${p.municipality}` : ''}</td>
              <td>{p.hostUnit}</td>
              <td>{t('internships.logbook.facts.range', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}</td>
              <td>{t(`internships.logbook.status.${p.status}`)}</td>
              <td>{formatNumber(p.pendingEntries)}</td>
              <td>
                <Link to={`?pasantia=${p.id}`} aria-label={t('internships.logbook.tutor.openOf', { name: p.intern.name })}>
                  {t('internships.logbook.tutor.open')}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : query.error ? null : (
        <Loading />
      )}
      {selected ? <Selected id={selected} /> : null}
    </>
  );
};
