import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProposalPanel } from '../features/internship-placement/components/ProposalPanel';
import { SelectionReview } from '../features/internship-placement/components/SelectionReview';
import '../features/internship-placement/components/placement.css';
import { useSelection } from '../features/internship-placement/hooks/useSelection';
import { DataTable } from '../shared/DataTable';
import { formatDate, formatNumber } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { RecordUnavailable } from '../shared/QueryStatus';

/** Coordinators review a call's applications, set priorities, run the proposal, adjust it and confirm it. */
export const InternshipSelectionPage = () => {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const query = useSelection(callId);
  const selection = query.data;
  if (!selection) {
    return (
      <RecordUnavailable
        query={query}
        back={{ to: '/pasantias', label: t('internships.placement.back') }}
        title={t('internships.placement.title')}
        notFound={t('internships.placement.notFound')}
      />
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pasantias">{t('internships.placement.back')}</Link>
      </p>
      <PageTitle title={t('internships.placement.titleOf', { call: selection.call.title })} />
      <div className="row-actions">
        <Link className="button button--secondary" to={`/pasantias/convocatorias/${callId}/seguimiento`}>
          {t('internships.placement.links.board')}
        </Link>
        <Link className="button button--secondary" to={`/pasantias/convocatorias/${callId}/informe`}>
          {t('internships.placement.links.report')}
        </Link>
      </div>
      <section aria-labelledby="selection-units" className="panel">
        <h2 id="selection-units">{t('internships.placement.units')}</h2>
        <DataTable
          caption={t('internships.placement.unitsCaption')}
          columns={[
            t('internships.placement.columns.unit'),
            t('internships.placement.columns.places'),
            t('internships.placement.columns.remaining'),
            t('internships.placement.columns.dates'),
            t('internships.placement.columns.tutors'),
          ]}
          isEmpty={selection.units.length === 0}
          emptyText={t('internships.placement.noUnits')}
        >
          {selection.units.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{formatNumber(u.places)}</td>
              <td>{formatNumber(u.remaining)}</td>
              <td>{t('internships.placement.range', { from: formatDate(u.startsOn), to: formatDate(u.endsOn) })}</td>
              <td>{u.tutors.map((tutor) => tutor.name).join(', ') || '—'}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <ProposalPanel callId={callId} selection={selection} />
      <SelectionReview callId={callId} selection={selection} />
    </>
  );
};
