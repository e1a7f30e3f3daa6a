import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isActiveEnrolment, isLearning } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import '../enrolments.css';
import { errorMessage } from '../../../shared/errors';
import type { EnrolmentDto } from '../api/types';
import { useRequestEnrolment } from '../hooks/useRequestEnrolment';
import { useWithdrawEnrolment } from '../hooks/useWithdrawEnrolment';

interface CohortEnrolActionProps {
  cohort: { id: string; label: string; enrolmentOpen: boolean };
  /** The participant's enrolment in this cohort, if any. */
  enrolment: EnrolmentDto | undefined;
}

/** Where the participant stands in one cohort, in words. */
const useStatusText = () => {
  const { t } = useTranslation();
  return (enrolment: EnrolmentDto): string => {
    switch (enrolment.status) {
      case 'requested':
      case 'endorsed':
        return enrolment.awaiting === 'endorsement' ? t('enrolments.mine.awaitingEndorsement') : t('enrolments.mine.awaitingApproval');
      case 'enrolled':
        return t('enrolments.mine.enrolled');
      case 'in_progress':
        return t('enrolments.mine.inProgress');
      case 'waitlisted':
        return t('enrolments.mine.waitlisted', { position: enrolment.waitlistPosition ?? '—' });
      case 'rejected':
        return t('enrolments.mine.rejected', { reason: enrolment.reason ?? '—' });
      case 'withdrawn':
        return t('enrolments.mine.withdrawn');
      case 'passed':
        return t('enrolments.mine.passed');
      case 'failed':
        return t('enrolments.mine.failed');
    }
  };
};

/**
 * A participant's button for one cohort: "Solicitar inscripción", or the state of their request
 * with "Retirar solicitud" / "Retirarme del curso" (confirmed first).
 */
export const CohortEnrolAction = ({ cohort, enrolment }: CohortEnrolActionProps) => {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const request = useRequestEnrolment();
  const withdraw = useWithdrawEnrolment();
  const [confirming, setConfirming] = useState(false);
  const canRequest = cohort.enrolmentOpen && (!enrolment || enrolment.actions.includes('request'));
  const canWithdraw = enrolment?.actions.includes('withdraw') ?? false;
  const error = request.error ?? withdraw.error;

  return (
    <div className="enrol-action stack" aria-live="polite">
      {enrolment ? (
        <p className="enrol-status">
          <strong>{t('enrolments.mine.statusTitle')}:</strong> {statusText(enrolment)}
          {isLearning(enrolment.status) ? (
            <>
              {' '}
              <Link to="/aprendizaje">{t('enrolments.mine.goLearning')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {error ? <Alert kind="error">{errorMessage(error, t)}</Alert> : null}
      {canRequest ? (
        <p>
          <button type="button" className="button" disabled={request.isPending} onClick={() => request.mutate(cohort.id)}>
            {request.isPending ? t('enrolments.mine.requesting') : enrolment ? t('enrolments.mine.requestAgain') : t('enrolments.mine.request')}
            <span className="visually-hidden"> {t('enrolments.mine.requestFor', { label: cohort.label })}</span>
          </button>
        </p>
      ) : !enrolment ? (
        <p className="muted">{t('enrolments.mine.closedNote')}</p>
      ) : null}
      {enrolment && canWithdraw && isActiveEnrolment(enrolment.status) ? (
        confirming ? (
          <div className="confirm-box" role="group" aria-label={t('enrolments.mine.withdrawCourse')}>
            <p>{t('enrolments.mine.confirmWithdraw', { label: cohort.label })}</p>
            <p className="button-row">
              <button
                type="button"
                className="button button--danger"
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate({ id: enrolment.id }, { onSuccess: () => setConfirming(false) })}
              >
                {t('enrolments.mine.confirmYes')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t('enrolments.mine.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              {isLearning(enrolment.status) ? t('enrolments.mine.withdrawCourse') : t('enrolments.mine.withdrawRequest')}
            </button>
          </p>
        )
      ) : null}
    </div>
  );
};
