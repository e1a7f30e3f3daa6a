import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENROLMENT_STATUSES } from '@campus/domain';
import type { EnrolmentStatus } from '@campus/domain';
import type { RosterFormat } from '../features/teaching/api/types';
import { RosterTable } from '../features/teaching/components/RosterTable';
import '../features/teaching/components/teaching.css';
import { useExportRoster } from '../features/teaching/hooks/useExportRoster';
import { useRoster } from '../features/teaching/hooks/useRoster';
import { Alert } from '../shared/Alert';
import { saveFile } from '../shared/download';
import { errorMessage } from '../shared/errors';
import { SelectField } from '../shared/Field';
import { PageTitle } from '../shared/PageTitle';
import { RecordUnavailable } from '../shared/QueryStatus';

const isStatus = (value: string): value is EnrolmentStatus =>
  (ENROLMENT_STATUSES as readonly string[]).includes(value);

/** A cohort's participants: progress, scores, attendance and status; grades; CSV and Excel downloads. */
export const RosterPage = () => {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const [status, setStatus] = useState<EnrolmentStatus | undefined>(undefined);
  const query = useRoster(cohortId, status);
  const exportFile = useExportRoster(cohortId);
  const [flash, setFlash] = useState<string | null>(null);
  const roster = query.data;

  if (!roster) {
    return (
      <RecordUnavailable
        query={query}
        back={{ to: '/mis-cohortes', label: t('teaching.backToMine') }}
        title={t('teaching.participants')}
        notFound={t('cohorts.page.notFound')}
      />
    );
  }

  const { cohort } = roster;
  const total = roster.statusCounts.reduce((sum, entry) => sum + entry.count, 0);
  const download = (format: RosterFormat) =>
    exportFile.mutate(format, {
      onSuccess: (blob) =>
        saveFile(
          blob,
          `participantes-${cohort.courseCode}-${cohort.label.replace(/\s*·\s*/g, '-')}.${format}`,
        ),
    });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/mis-cohortes">{t('teaching.backToMine')}</Link>
      </p>
      <PageTitle
        title={t('teaching.participantsOf', { course: cohort.courseTitle, label: cohort.label })}
      />
      <div className="row-actions teaching-links">
        <Link to={`/cohortes/${cohort.id}`} className="button button--secondary">
          {t('teaching.cohortPage')}
        </Link>
        <Link to={`/cohortes/${cohort.id}/asistencia`} className="button button--secondary">
          {t('teaching.attendance')}
        </Link>
      </div>
      <p className="lead">
        {cohort.modality === 'online'
          ? t('teaching.roster.rulesOnline', { score: cohort.passingScore })
          : t('teaching.roster.rules', {
              score: cohort.passingScore,
              attendance: cohort.minAttendance,
              sessions: cohort.sessionCount,
            })}
      </p>

      <section aria-labelledby="roster-download" className="panel">
        <h2 id="roster-download">{t('teaching.roster.download')}</h2>
        <p>{t('teaching.roster.downloadIntro')}</p>
        <div className="row-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={exportFile.isPending}
            onClick={() => download('csv')}
          >
            {t('teaching.roster.downloadCsv')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={exportFile.isPending}
            onClick={() => download('xlsx')}
          >
            {t('teaching.roster.downloadXlsx')}
          </button>
        </div>
        {exportFile.isError ? (
          <Alert kind="error">{errorMessage(exportFile.error, t)}</Alert>
        ) : null}
      </section>

      <div className="roster-tools">
        <SelectField
          label={t('teaching.roster.filter')}
          name="estado"
          value={status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isStatus(value) ? value : undefined);
          }}
        >
          <option value="">{t('teaching.roster.allStatuses', { count: total })}</option>
          {roster.statusCounts.map((entry) => (
            <option key={entry.status} value={entry.status}>
              {t('teaching.roster.statusOption', {
                status: t(`teaching.enrolmentStatus.${entry.status}`),
                count: entry.count,
              })}
            </option>
          ))}
        </SelectField>
      </div>
      <div aria-live="polite">{flash ? <Alert kind="success">{flash}</Alert> : null}</div>
      <RosterTable
        cohortId={cohort.id}
        rows={roster.rows}
        canGrade={cohort.status === 'scheduled'}
        onGradeSaved={setFlash}
      />
    </>
  );
};
