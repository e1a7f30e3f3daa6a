import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, ReportRow } from '../features/internship-placement/api/types';
import { useExportInternshipReport, useInternshipReport } from '../features/internship-placement/hooks/useInternshipReport';
import { Alert } from '../shared/Alert';
import { DataTable } from '../shared/DataTable';
import { saveFile } from '../shared/download';
import { errorMessage } from '../shared/errors';
import { formatNumber } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { RecordUnavailable } from '../shared/QueryStatus';

const BREAKDOWNS = ['byMunicipality', 'byDepartment', 'byGender', 'byHostUnit'] as const;

/** A call's report: totals, four breakdowns, proposals by implementation status, CSV and Excel downloads. */
export const InternshipReportPage = () => {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const query = useInternshipReport(callId);
  const exportFile = useExportInternshipReport(callId);
  const report = query.data;
  if (!report) {
    return <RecordUnavailable query={query} back={{ to: '/', label: t('internships.placement.report.home') }} title={t('internships.placement.report.title')} notFound={t('internships.placement.notFound')} />;
  }
  const figures = ['applications', 'placements', 'completions', 'proposals', 'implemented'] as const;
  const columns = figures.map((f) => t(`internships.placement.report.figures.${f}`));
  const download = (format: ReportFormat) =>
    exportFile.mutate(format, { onSuccess: (blob) => saveFile(blob, `pasantias-${report.call.gestion}-informe.${format}`) });
  const row = (r: ReportRow) => (
    <tr key={r.key}>
      <th scope="row">{r.label}</th>
      {figures.map((f) => <td key={f}>{formatNumber(r[f])}</td>)}
    </tr>
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pasantias">{t('internships.placement.back')}</Link>
      </p>
      <PageTitle title={t('internships.placement.report.titleOf', { call: report.call.title })} />
      <section aria-labelledby="report-download" className="panel">
        <h2 id="report-download">{t('internships.placement.report.download')}</h2>
        <div className="row-actions">
          <button type="button" className="button button--secondary" disabled={exportFile.isPending} onClick={() => download('csv')}>{t('internships.placement.report.csv')}</button>
          <button type="button" className="button button--secondary" disabled={exportFile.isPending} onClick={() => download('xlsx')}>{t('internships.placement.report.xlsx')}</button>
        </div>
        {exportFile.isError ? <Alert kind="error">{errorMessage(exportFile.error, t)}</Alert> : null}
      </section>
      <DataTable caption={t('internships.placement.report.totals')} columns={[t('internships.placement.report.group'), ...columns]}>
        {row({ key: 'total', label: t('internships.placement.report.total'), ...report.totals })}
      </DataTable>
      {BREAKDOWNS.map((b) => (
        <DataTable key={b} caption={t(`internships.placement.report.${b}`)} columns={[t(`internships.placement.report.${b}`), ...columns]}>
          {report[b].map(row)}
        </DataTable>
      ))}
      <DataTable caption={t('internships.placement.report.proposalStatus')} columns={[t('internships.placement.followUp.status'), t('internships.placement.report.figures.proposals')]}>
        {report.proposalStatus.map((s) => (
          <tr key={s.status}>
            <th scope="row">{t(`internships.placement.followUpStatus.${s.status}`)}</th>
            <td>{formatNumber(s.count)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
};
