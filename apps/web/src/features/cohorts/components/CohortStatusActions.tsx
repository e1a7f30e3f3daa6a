import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import type { CohortDto } from '../api/types';
import { useChangeCohortStatus } from '../hooks/useChangeCohortStatus';

type Target = 'closed' | 'cancelled';

/** Close (finished) or cancel (will not run) a scheduled cohort, each after a confirmation. */
export const CohortStatusActions = ({ cohort }: { cohort: CohortDto }) => {
  const { t } = useTranslation();
  const change = useChangeCohortStatus();
  const [confirming, setConfirming] = useState<Target | null>(null);
  const [done, setDone] = useState<Target | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  if (cohort.status !== 'scheduled') {
    return done ? <Alert kind="success">{t(done === 'closed' ? 'cohorts.status.closed' : 'cohorts.status.cancelled')}</Alert> : null;
  }
  const ask = (target: Target) => {
    change.reset();
    setConfirming(target);
  };

  return (
    <>
      <div className="row-actions">
        <button type="button" className="button button--secondary" onClick={() => ask('closed')}>
          {t('cohorts.status.close')}
        </button>
        <button type="button" className="button button--danger" onClick={() => ask('cancelled')}>
          {t('cohorts.status.cancel')}
        </button>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-cohort-status">
          <p id="confirm-cohort-status">
            {t(confirming === 'closed' ? 'cohorts.status.confirmClose' : 'cohorts.status.confirmCancel', { label: cohort.label })}
          </p>
          <FormErrorAlert message={change.isError ? errorMessage(change.error, t) : null} />
          <div className="form-actions">
            <button
              type="button"
              ref={confirmButton}
              className={confirming === 'closed' ? 'button' : 'button button--danger'}
              disabled={change.isPending}
              onClick={() =>
                change.mutate(
                  { id: cohort.id, to: confirming },
                  {
                    onSuccess: () => {
                      setDone(confirming);
                      setConfirming(null);
                    },
                  },
                )
              }
            >
              {t(confirming === 'closed' ? 'cohorts.status.confirmCloseButton' : 'cohorts.status.confirmCancelButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('cohorts.status.keep')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
};
