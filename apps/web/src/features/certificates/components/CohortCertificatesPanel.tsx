import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatVerificationCode } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { errorMessage } from '../../../shared/errors';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useJob } from '../../../shared/useJob';
import type { JobDto } from '../../../shared/useJob';
import { certificateKeys } from '../api/certificatesApi';
import { useCohortCertificates } from '../hooks/useCohortCertificates';
import { useIssueCohortCertificates } from '../hooks/useIssueCohortCertificates';
import { CertificateActionButtons, CertificateActionForm } from './CertificateActionForm';
import type { CertificateAction } from './CertificateActionForm';
import { CertificateDownloads } from './CertificateDownloads';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { CohortCertificatesZip } from './CohortCertificatesZip';
import './certificates.css';

const JobProgress = ({ job }: { job: JobDto }) => {
  const { t } = useTranslation();
  const result = job.result as { issued?: number; existing?: number; failed?: number } | null;
  if (job.status === 'failed') return <Alert kind="error">{t('certificates.cohort.failedJob', { error: job.error ?? '' })}</Alert>;
  if (job.status === 'done') {
    return (
      <Alert kind="success">
        {t('certificates.cohort.finished', { issued: result?.issued ?? 0, existing: result?.existing ?? 0, failed: result?.failed ?? job.failed })}
      </Alert>
    );
  }
  return (
    <div className="job-progress" role="status">
      {job.status === 'queued' ? <p>{t('certificates.cohort.queued')}</p> : null}
      <progress max={100} value={job.percent} aria-label={t('certificates.cohort.progress')} />
      <p>
        {t('certificates.cohort.progressText', {
          processed: formatNumber(job.done + job.failed),
          total: formatNumber(job.total),
          percent: formatNumber(job.percent),
        })}
      </p>
    </div>
  );
};

/**
 * The cohort page's "Certificados" panel: coordinators issue the cohort's earned certificates as a
 * background job (with its progress), then revoke or reissue each one; facilitators only read.
 */
export const CohortCertificatesPanel = ({ cohortId, canManage }: { cohortId: string; canManage: boolean }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useCohortCertificates(cohortId);
  const issue = useIssueCohortCertificates(cohortId);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const [action, setAction] = useState<CertificateAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const running = job.data ? job.data.status === 'queued' || job.data.status === 'running' : jobId !== null;

  useEffect(() => {
    if (job.data?.status === 'done' || job.data?.status === 'failed') {
      void queryClient.invalidateQueries({ queryKey: certificateKeys.cohort(cohortId) });
    }
  }, [job.data?.status, cohortId, queryClient]);

  return (
    <div className="stack">
      <p>{t(canManage ? 'certificates.cohort.intro' : 'certificates.cohort.readOnlyIntro')}</p>
      {canManage ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={issue.isPending || running}
            onClick={() => {
              setMessage(null);
              issue.mutate(undefined, { onSuccess: (started) => setJobId(started.jobId) });
            }}
          >
            {issue.isPending || running ? t('certificates.cohort.issuing') : t('certificates.cohort.issue')}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {issue.isError ? <Alert kind="error">{errorMessage(issue.error, t)}</Alert> : null}
        {job.data ? <JobProgress job={job.data} /> : null}
        {message ? <Alert kind="success">{message}</Alert> : null}
      </div>
      {canManage && list.data ? <CohortCertificatesZip cohortId={cohortId} certificates={list.data} /> : null}
      {list.data ? (
        <DataTable
          caption={t('certificates.cohort.caption')}
          columns={[
            t('certificates.columns.serial'),
            t('certificates.columns.holder'),
            t('certificates.columns.kind'),
            t('certificates.columns.issuedAt'),
            t('certificates.columns.status'),
            t('certificates.columns.code'),
            t('certificates.columns.actions'),
          ]}
          isEmpty={list.data.length === 0}
          emptyText={t('certificates.cohort.empty')}
        >
          {list.data.map((c) => (
            <tr key={c.id}>
              <td>{c.serial}</td>
              <td>{c.holderName}</td>
              <td>{t(`certificates.kind.${c.kind}`)}</td>
              <td>{formatDateTime(c.issuedAt)}</td>
              <td>
                <CertificateStatusBadge status={c.status} />
                {c.status === 'revoked' && c.revocationReason ? <p className="certificate-note">{c.revocationReason}</p> : null}
              </td>
              <td>
                <Link to={`/verificar/${c.verificationCode}`} className="certificate-code">
                  {formatVerificationCode(c.verificationCode)}
                </Link>
              </td>
              <td>
                <div className="certificate-list-actions">
                  <CertificateDownloads certificate={c} />
                  {canManage && c.status === 'valid' ? (
                    <CertificateActionButtons
                      certificate={c}
                      onChoose={(chosen) => {
                        setMessage(null);
                        setAction(chosen);
                      }}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Loading />
      )}
      {action ? (
        <CertificateActionForm
          key={`${action.kind}-${action.certificate.id}`}
          action={action}
          onCancel={() => setAction(null)}
          onDone={(text) => {
            setAction(null);
            setMessage(text);
          }}
        />
      ) : null}
    </div>
  );
};
