import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { formatNumber } from '../../../shared/format';
import type { RosterRowDto } from '../api/types';
import { GradeForm } from './GradeForm';

const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);

/** The roster: person, status, progress, score, attendance, the facilitator's grade and the completion rule. */
export const RosterTable = ({
  cohortId,
  rows,
  canGrade,
  onGradeSaved,
}: {
  cohortId: string;
  rows: RosterRowDto[];
  canGrade: boolean;
  onGradeSaved: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const missing = (row: RosterRowDto) => {
    const parts = [
      row.completion.activitiesMet ? null : t('teaching.roster.missingActivities'),
      row.completion.scoreMet ? null : t('teaching.roster.missingScore'),
      row.completion.attendanceMet ? null : t('teaching.roster.missingAttendance'),
    ].filter(Boolean);
    return parts.length === 0 ? t('teaching.roster.meets') : t('teaching.roster.missing', { what: parts.join(', ') });
  };
  return (
    <DataTable
      caption={t('teaching.roster.caption')}
      columns={[
        t('teaching.roster.name'),
        t('teaching.roster.municipality'),
        t('teaching.roster.status'),
        t('teaching.roster.progress'),
        t('teaching.roster.score'),
        t('teaching.roster.attendance'),
        t('teaching.roster.grade'),
        t('teaching.roster.completion'),
      ]}
      isEmpty={rows.length === 0}
      emptyText={t('teaching.roster.empty')}
    >
      {rows.map((row) => (
        <tr key={row.enrolmentId}>
          <td>
            {row.fullName}
            <span className="roster-email">{row.email}</span>
          </td>
          <td>{row.municipality ?? '—'}</td>
          <td>{t(`teaching.enrolmentStatus.${row.status}`)}</td>
          <td>
            <span className="progress-bar" aria-hidden="true">
              <span style={{ width: `${row.progressPercent}%` }} />
            </span>
            {formatNumber(row.progressPercent)} %
            <span className="roster-email">{t('teaching.roster.progressValue', { done: row.requiredDone, total: row.requiredActivities })}</span>
          </td>
          <td>{row.finalScore === null ? t('teaching.roster.noScore') : formatNumber(row.finalScore)}</td>
          <td>
            {percent(row.attendance.rate)}
            <span className="roster-email">
              {t('teaching.roster.attendanceValue', { present: row.attendance.present, absent: row.attendance.absent, excused: row.attendance.excused })}
            </span>
          </td>
          <td>
            {canGrade && row.gradable ? (
              <GradeForm cohortId={cohortId} row={row} onSaved={onGradeSaved} />
            ) : row.facilitatorGrade === null ? (
              '—'
            ) : (
              formatNumber(row.facilitatorGrade)
            )}
          </td>
          <td>{row.status === 'enrolled' || row.status === 'in_progress' ? missing(row) : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
};
