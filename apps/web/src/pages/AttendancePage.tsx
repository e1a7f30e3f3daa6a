import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCohort } from '../features/cohorts/hooks/useCohort';
import { AttendanceSheet } from '../features/teaching/components/AttendanceSheet';
import { defaultSessionId } from '../features/teaching/components/sessionChoice';
import '../features/teaching/components/teaching.css';
import { useAttendance } from '../features/teaching/hooks/useAttendance';
import { Alert } from '../shared/Alert';
import { SelectField } from '../shared/Field';
import { formatDateTime } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading, RecordUnavailable } from '../shared/QueryStatus';

/** Taking attendance for one session of a cohort (`?sesion=<id>`; by default today's or the last one). */
export const AttendancePage = () => {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cohortQuery = useCohort(cohortId);
  const cohort = cohortQuery.data;
  const sessions = cohort?.sessions ?? [];
  const chosen = params.get('sesion');
  const sessionId =
    chosen && sessions.some((s) => s.id === chosen) ? chosen : defaultSessionId(sessions);
  const sheet = useAttendance(cohortId, cohort ? sessionId : null);

  if (!cohort) {
    return (
      <RecordUnavailable
        query={cohortQuery}
        back={{ to: '/mis-cohortes', label: t('teaching.backToMine') }}
        title={t('teaching.attendance')}
        notFound={t('cohorts.page.notFound')}
      />
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/mis-cohortes">{t('teaching.backToMine')}</Link>
      </p>
      <PageTitle
        title={t('teaching.attendanceOf', { course: cohort.course.title, label: cohort.label })}
      />
      <div className="row-actions teaching-links">
        <Link to={`/cohortes/${cohort.id}`} className="button button--secondary">
          {t('teaching.cohortPage')}
        </Link>
        <Link to={`/cohortes/${cohort.id}/participantes`} className="button button--secondary">
          {t('teaching.participants')}
        </Link>
      </div>
      {sessions.length === 0 ? (
        <Alert kind="info">{t('teaching.sheet.noSessions')}</Alert>
      ) : (
        <>
          <SelectField
            label={t('teaching.sheet.session')}
            name="sesion"
            className="attendance-session"
            value={sessionId ?? ''}
            onChange={(event) =>
              setParams({ sesion: event.currentTarget.value }, { replace: true })
            }
          >
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {t('teaching.sheet.sessionOption', {
                  when: formatDateTime(session.startsAt),
                  title: session.title,
                })}
              </option>
            ))}
          </SelectField>
          {sheet.data && sheet.data.session.id === sessionId ? (
            <AttendanceSheet key={sheet.data.session.id} sheet={sheet.data} />
          ) : sheet.isError ? (
            <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />
          ) : (
            <Loading />
          )}
        </>
      )}
    </>
  );
};
