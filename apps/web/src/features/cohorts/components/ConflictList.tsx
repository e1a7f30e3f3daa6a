import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CohortConflictDto } from '../api/types';
import { sessionWhen } from './cohortFormat';

/**
 * Double bookings told in full: which session, who or which venue, and the other cohort's session
 * (with a link for those who may open any cohort).
 */
export const ConflictList = ({ conflicts, linkOthers }: { conflicts: CohortConflictDto[]; linkOthers: boolean }) => {
  const { t } = useTranslation();
  return (
    <ul className="conflict-list">
      {conflicts.map((conflict) => {
        const other = conflict.other;
        const values = {
          title: other.title,
          course: other.courseTitle,
          cohort: other.cohortLabel,
          when: sessionWhen(other, t),
          name: conflict.facilitator?.name ?? '',
          venue: conflict.venue ?? '',
        };
        return (
          <li key={`${conflict.kind}|${conflict.sessionId}|${other.sessionId}|${conflict.facilitator?.id ?? ''}`}>
            <strong>{t('cohorts.conflicts.session', { title: conflict.sessionTitle, when: sessionWhen(conflict, t) })}</strong>{' '}
            {conflict.kind === 'facilitator' ? t('cohorts.conflicts.facilitator', values) : t('cohorts.conflicts.venue', values)}
            {linkOthers ? (
              <>
                {' '}
                <Link to={`/cohortes/${other.cohortId}`}>{t('cohorts.conflicts.openOther', values)}</Link>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
};

/** Warnings right after a save: announced politely (they do not block), with the details. */
export const ConflictWarnings = ({ intro, conflicts, linkOthers }: { intro: string; conflicts: CohortConflictDto[]; linkOthers: boolean }) =>
  conflicts.length > 0 ? (
    <div className="alert alert--warning" role="status">
      <p>
        <strong>{intro}</strong>
      </p>
      <ConflictList conflicts={conflicts} linkOthers={linkOthers} />
    </div>
  ) : null;
