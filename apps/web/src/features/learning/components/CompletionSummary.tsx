import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { formatNumber } from '../../../shared/format';
import type { CompletionCheckDto } from '../api/types';

/** What the completion rule says now: "¡Aprobó!", or what is still missing ("Le falta: …"). */
export const CompletionSummary = ({ status, completion }: { status: EnrolmentStatus; completion: CompletionCheckDto }) => {
  const { t } = useTranslation();
  if (status === 'passed') {
    return (
      <Alert kind="success">
        <p className="learning-passed">{t('learning.completion.passed')}</p>
        {completion.finalScore !== null ? <p>{t('learning.completion.finalScore', { score: formatNumber(completion.finalScore) })}</p> : null}
      </Alert>
    );
  }
  if (status === 'failed') return <Alert kind="info">{t('learning.completion.failed')}</Alert>;
  const missing: string[] = [];
  if (!completion.activitiesMet) {
    missing.push(t('learning.completion.activities', { done: completion.requiredDone, total: completion.requiredActivities }));
  }
  if (!completion.scoreMet) {
    missing.push(
      t('learning.completion.score', { score: formatNumber(completion.finalScore ?? 0), passing: formatNumber(completion.passingScore) }),
    );
  }
  if (!completion.attendanceMet) {
    missing.push(
      t('learning.completion.attendance', { rate: formatNumber(completion.attendanceRate ?? 0), minimum: formatNumber(completion.minAttendance) }),
    );
  }
  if (missing.length === 0) return <p>{t('learning.completion.allMet')}</p>;
  return (
    <div className="learning-missing">
      <p>{t('learning.completion.missing')}</p>
      <ul>
        {missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
};
