import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FollowUpBoardFilters } from '../features/internship-placement/api/types';
import '../features/internship-placement/components/placement.css';
import { useFollowUpBoard } from '../features/internship-placement/hooks/useFollowUpBoard';
import { useInternshipCall } from '../features/internship-calls/hooks';
import { DataTable } from '../shared/DataTable';
import { SelectField } from '../shared/Field';
import { formatDate } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const STATUSES = ['not_started', 'in_progress', 'implemented', 'none'] as const;

/**
 * The follow-up board of a call (coordinators, admins, Gerencia read-only): each placement with its
 * proposal and latest follow-up. The call and the unfiltered board name the filters' options, so
 * the page needs no applicant list (the selection is the coordinators' alone).
 */
export const FollowUpBoardPage = () => {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const [filters, setFilters] = useState<FollowUpBoardFilters>({});
  const board = useFollowUpBoard(callId, filters);
  const call = useInternshipCall(callId);
  const all = useFollowUpBoard(callId, {});
  const municipalities = [...new Map((all.data ?? []).filter((p) => p.municipalityId).map((p) => [p.municipalityId as string, p.municipality as string])).entries()];
  const set = (key: keyof FollowUpBoardFilters) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFilters((current) => ({ ...current, [key]: value || undefined }));
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pasantias">{t('internships.placement.back')}</Link>
      </p>
      <PageTitle title={t('internships.placement.board.title', { call: call.data?.title ?? '' })} />
      <div className="filters-grid">
        <SelectField label={t('internships.placement.filters.municipality')} name="municipio" value={filters.municipalityId ?? ''} onChange={set('municipalityId')}>
          <option value="">{t('internships.placement.filters.all')}</option>
          {municipalities.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </SelectField>
        <SelectField label={t('internships.placement.columns.unit')} name="unidad" value={filters.hostUnitId ?? ''} onChange={set('hostUnitId')}>
          <option value="">{t('internships.placement.filters.all')}</option>
          {(call.data?.hostUnits ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </SelectField>
        <SelectField label={t('internships.placement.board.latest')} name="seguimiento" value={filters.status ?? ''} onChange={set('status')}>
          <option value="">{t('internships.placement.filters.all')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`internships.placement.followUpStatus.${s}`)}</option>)}
        </SelectField>
      </div>
      {board.isPending ? <Loading /> : board.isError ? <LoadError error={board.error} onRetry={() => void board.refetch()} /> : (
        <DataTable
          caption={t('internships.placement.board.caption')}
          columns={[
            t('internships.placement.board.intern'), t('internships.placement.columns.municipality'), t('internships.placement.columns.unit'),
            t('internships.placement.board.proposal'), t('internships.placement.board.latest'), t('internships.placement.board.date'),
          ]}
          isEmpty={board.data.length === 0}
          emptyText={t('internships.placement.board.empty')}
        >
          {board.data.map((p) => (
            <tr key={p.placementId}>
              <td>{p.internName}</td>
              <td>{p.municipality ?? '—'}</td>
              <td>{p.hostUnit}</td>
              <td>{p.proposalSummary || t('internships.placement.board.noProposal')}</td>
              <td>{t(`internships.placement.followUpStatus.${p.latestStatus ?? 'none'}`)}</td>
              <td>{p.latestAt ? formatDate(p.latestAt.slice(0, 10)) : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
};
