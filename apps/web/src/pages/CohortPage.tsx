import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_MANAGER_ROLES, COHORT_EDITOR_ROLES } from '@campus/domain';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import type { CohortConflictDto } from '../features/cohorts/api/types';
import { CohortCertificatesPanel } from '../features/certificates/components/CohortCertificatesPanel';
import { CalendarFeed } from '../features/cohorts/components/CalendarFeed';
import { CohortDetails } from '../features/cohorts/components/CohortDetails';
import { CohortForm } from '../features/cohorts/components/CohortForm';
import { CohortStatusActions } from '../features/cohorts/components/CohortStatusActions';
import { ConflictList, ConflictWarnings } from '../features/cohorts/components/ConflictList';
import { SessionsPanel } from '../features/cohorts/components/SessionsPanel';
import '../features/cohorts/components/cohorts.css';
import { useCohort } from '../features/cohorts/hooks/useCohort';
import { useFacilitatorOptions } from '../features/cohorts/hooks/useFacilitatorOptions';
import { useUpdateCohort } from '../features/cohorts/hooks/useUpdateCohort';
import { BulkEnrolPanel } from '../features/enrolments/components/BulkEnrolPanel';
import '../features/enrolments/enrolments.css';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { Loading, RecordUnavailable } from '../shared/QueryStatus';

/** One cohort: its data (editable by coordinators), status, sessions, double bookings and calendar feed. */
export const CohortPage = () => {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const location = useLocation();
  const canEdit = useHasRole(...COHORT_EDITOR_ROLES);
  const managesCertificates = useHasRole(...CERTIFICATE_MANAGER_ROLES);
  const query = useCohort(cohortId);
  const update = useUpdateCohort();
  const facilitators = useFacilitatorOptions({ enabled: canEdit });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<{ warnings: CohortConflictDto[] } | null>(null);
  const cohort = query.data;
  const flash = (location.state as { flash?: string } | null)?.flash;

  if (!cohort) {
    return (
      <RecordUnavailable
        query={query}
        back={{ to: '/calendario', label: t('cohorts.page.calendar') }}
        title={t('cohorts.title')}
        notFound={t('cohorts.page.notFound')}
      />
    );
  }

  const writable = canEdit && cohort.status !== 'cancelled';
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/cursos/${cohort.course.id}`}>{t('cohorts.page.backToCourse')}</Link>
      </p>
      <div className="page-head">
        <PageTitle title={`${cohort.course.title} — ${cohort.label}`} />
        <Link to="/calendario" className="button button--secondary">
          {t('cohorts.page.calendar')}
        </Link>
      </div>
      {flash ? <Alert kind="success">{flash}</Alert> : null}
      {cohort.status === 'cancelled' && canEdit ? <Alert kind="info">{t('cohorts.page.cancelledNote')}</Alert> : null}
      <div aria-live="polite">
        {saved ? (
          saved.warnings.length > 0 ? (
            <ConflictWarnings intro={`${t('cohorts.page.saved')} ${t('cohorts.conflicts.changeWarnings')}`} conflicts={saved.warnings} linkOthers />
          ) : (
            <Alert kind="success">{t('cohorts.page.saved')}</Alert>
          )
        ) : null}
      </div>
      {cohort.conflicts.length > 0 ? (
        <section aria-labelledby="cohort-conflicts" className="alert alert--warning">
          <h2 id="cohort-conflicts">{t('cohorts.conflicts.title')}</h2>
          <p>{t('cohorts.conflicts.intro')}</p>
          <ConflictList conflicts={cohort.conflicts} linkOthers={canEdit} />
        </section>
      ) : null}

      <div className="columns">
        <section aria-labelledby="cohort-data" className="panel">
          <h2 id="cohort-data">{t('cohorts.page.detailsTitle')}</h2>
          <CohortDetails cohort={cohort} />
          {writable && !editing ? (
            <div className="form-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {t('cohorts.page.edit')}
              </button>
            </div>
          ) : null}
        </section>
        <div className="stack">
          {canEdit ? (
            <section aria-labelledby="cohort-status" className="panel">
              <h2 id="cohort-status">{t('cohorts.status.title')}</h2>
              <CohortStatusActions cohort={cohort} />
            </section>
          ) : null}
          <section aria-labelledby="cohort-teaching" className="panel">
            <h2 id="cohort-teaching">{t('teaching.linksTitle')}</h2>
            <p>{t('teaching.linksIntro')}</p>
            <div className="row-actions">
              <Link to={`/cohortes/${cohort.id}/participantes`} className="button button--secondary">
                {t('teaching.participants')}
              </Link>
              <Link to={`/cohortes/${cohort.id}/asistencia`} className="button button--secondary">
                {t('teaching.attendance')}
              </Link>
            </div>
          </section>
          <section aria-labelledby="cohort-feed" className="panel">
            <h2 id="cohort-feed">{t('cohorts.feed.title')}</h2>
            <CalendarFeed cohort={cohort} />
          </section>
        </div>
      </div>

      {writable && editing ? (
        <section aria-labelledby="cohort-edit" className="panel">
          <h2 id="cohort-edit">{t('cohorts.page.editTitle')}</h2>
          {facilitators.isPending ? (
            <Loading />
          ) : (
            <CohortForm
              key={cohort.id}
              cohort={cohort}
              facilitators={facilitators.data ?? []}
              submitLabel={t('cohorts.form.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (changes) => {
                const result = await update.mutateAsync({ id: cohort.id, changes });
                setEditing(false);
                setSaved({ warnings: result.warnings });
              }}
            />
          )}
        </section>
      ) : null}

      <section aria-labelledby="cohort-sessions">
        <h2 id="cohort-sessions">{t('cohorts.sessions.title')}</h2>
        <SessionsPanel cohort={cohort} canEdit={canEdit} />
      </section>

      {cohort.status !== 'cancelled' ? (
        <section aria-labelledby="cohort-certificates" className="panel">
          <h2 id="cohort-certificates">{t('certificates.cohort.title')}</h2>
          <CohortCertificatesPanel cohortId={cohort.id} canManage={managesCertificates} />
        </section>
      ) : null}

      {canEdit && cohort.status === 'scheduled' ? (
        <section aria-labelledby="cohort-bulk-enrol" className="panel">
          <h2 id="cohort-bulk-enrol">{t('enrolments.bulk.title')}</h2>
          <BulkEnrolPanel cohortId={cohort.id} />
        </section>
      ) : null}
    </>
  );
};
