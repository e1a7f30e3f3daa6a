import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECT_EXPORT_MAX_ROWS } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import { useJob } from '../../../shared/useJob';
import type { JobDto } from '../../../shared/useJob';
import type { DetailFormat, ReportQuery, SummaryFormat } from '../api/types';
import { useDetailExport, useDownloadExportFile } from '../hooks/useDetailExport';
import { useSummaryExport } from '../hooks/useSummaryExport';
import { exportFileName } from '../reportParams';

const SUMMARY_FORMATS: SummaryFormat[] = ['csv', 'xlsx', 'pdf'];
const DETAIL_FORMATS: DetailFormat[] = ['csv', 'xlsx'];

/** A background export: its progress bar, then "Descargar archivo" (or the error). */
const JobStatus = ({ job, fileName }: { job: JobDto; fileName: string }) => {
  const { t } = useTranslation();
  const download = useDownloadExportFile();
  const path = (job.result as { downloadPath?: string } | null)?.downloadPath;
  if (job.status === 'failed') {
    return <Alert kind="error">{t('reports.exports.failed', { error: job.error ?? '' })}</Alert>;
  }
  if (job.status === 'done' && path) {
    return (
      <Alert kind="success">
        <p>{t('reports.exports.ready')}</p>
        <button
          type="button"
          className="button"
          disabled={download.isPending}
          onClick={() => download.mutate({ path, fileName })}
        >
          {download.isPending ? t('reports.exports.preparing') : t('reports.exports.downloadFile')}
        </button>
        {download.isError ? (
          <p className="field-error">
            {t('reports.exports.error', { error: errorMessage(download.error, t) })}
          </p>
        ) : null}
      </Alert>
    );
  }
  return (
    <div className="job-progress">
      {job.status === 'queued' ? <p>{t('reports.exports.queued')}</p> : null}
      <progress max={100} value={job.percent} aria-label={t('reports.exports.progress')} />
      {job.total > 0 ? (
        <p>
          {t('reports.exports.progressText', {
            done: formatNumber(job.done),
            total: formatNumber(job.total),
            percent: formatNumber(job.percent),
          })}
        </p>
      ) : null}
    </div>
  );
};

/**
 * "Descargar": the summary of the dashboard as CSV, Excel or PDF, and the enrolment detail as CSV
 * or Excel — at once when small, as a background job with its progress when large.
 */
export const ExportsPanel = ({ query, disabled }: { query: ReportQuery; disabled: boolean }) => {
  const { t } = useTranslation();
  const summary = useSummaryExport();
  const detail = useDetailExport();
  const [job, setJob] = useState<{ id: string; format: DetailFormat; query: ReportQuery } | null>(
    null,
  );
  const progress = useJob(job?.id ?? null);
  const running =
    job !== null &&
    (!progress.data || progress.data.status === 'queued' || progress.data.status === 'running');

  return (
    <section aria-labelledby="report-exports" className="panel report-exports">
      <h2 id="report-exports">{t('reports.exports.title')}</h2>
      <p>{t('reports.exports.intro')}</p>
      <div className="report-export-groups">
        <div
          role="group"
          aria-labelledby="report-export-summary"
          aria-describedby="report-export-summary-hint"
        >
          <h3 id="report-export-summary">{t('reports.exports.summary')}</h3>
          <p id="report-export-summary-hint" className="field-hint">
            {t('reports.exports.summaryHint')}
          </p>
          <div className="row-actions">
            {SUMMARY_FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button button--secondary"
                disabled={disabled || summary.isPending}
                aria-busy={summary.isPending && summary.variables?.format === format}
                onClick={() => {
                  detail.reset();
                  summary.mutate({ format, query });
                }}
              >
                <span className="visually-hidden">{t('reports.exports.summaryIn')} </span>
                {t(`reports.exports.${format}`)}
              </button>
            ))}
          </div>
        </div>
        <div
          role="group"
          aria-labelledby="report-export-detail"
          aria-describedby="report-export-detail-hint"
        >
          <h3 id="report-export-detail">{t('reports.exports.detail')}</h3>
          <p id="report-export-detail-hint" className="field-hint">
            {t('reports.exports.detailHint', { max: formatNumber(DIRECT_EXPORT_MAX_ROWS) })}
          </p>
          <div className="row-actions">
            {DETAIL_FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button button--secondary"
                disabled={disabled || detail.isPending || running}
                aria-busy={detail.isPending && detail.variables?.format === format}
                onClick={() => {
                  summary.reset();
                  setJob(null);
                  detail.mutate(
                    { format, query },
                    {
                      onSuccess: (started) =>
                        started.jobId ? setJob({ id: started.jobId, format, query }) : undefined,
                    },
                  );
                }}
              >
                <span className="visually-hidden">{t('reports.exports.detailIn')} </span>
                {t(`reports.exports.${format}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div aria-live="polite" className="report-export-status">
        {summary.isPending || detail.isPending ? <p>{t('reports.exports.preparing')}</p> : null}
        {summary.isSuccess || (detail.isSuccess && detail.data.downloadPath) ? (
          <Alert kind="success">
            {detail.isSuccess
              ? `${t('reports.exports.rows', { count: detail.data.rows, formatted: formatNumber(detail.data.rows) })} `
              : null}
            {t('reports.exports.downloaded')}
          </Alert>
        ) : null}
        {summary.isError ? (
          <Alert kind="error">
            {t('reports.exports.error', { error: errorMessage(summary.error, t) })}
          </Alert>
        ) : null}
        {detail.isError ? (
          <Alert kind="error">
            {t('reports.exports.error', { error: errorMessage(detail.error, t) })}
          </Alert>
        ) : null}
        {job && detail.isSuccess && detail.data.jobId === job.id ? (
          <p>
            {t('reports.exports.background', {
              count: detail.data.rows,
              formatted: formatNumber(detail.data.rows),
            })}
          </p>
        ) : null}
        {job && progress.data ? (
          <JobStatus
            job={progress.data}
            fileName={exportFileName('inscripciones', job.query, job.format)}
          />
        ) : null}
        {job && progress.isError ? (
          <Alert kind="error">{errorMessage(progress.error, t)}</Alert>
        ) : null}
      </div>
    </section>
  );
};
