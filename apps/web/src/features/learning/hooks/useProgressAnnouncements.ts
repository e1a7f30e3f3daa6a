import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import { progressQueue } from '../api/progressQueue';

/**
 * What the live region says about progress saves: only what matters (a save that had to wait for
 * the connection, a refused save); the periodic saves that go through stay quiet.
 */
export const useProgressAnnouncements = (): [string, (message: string) => void] => {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let troubled = false;
    return progressQueue.subscribe((event) => {
      if (event.kind === 'retrying') {
        if (!troubled) setMessage(t('learning.save.retrying'));
        troubled = true;
      } else if (event.kind === 'saved') {
        if (troubled) setMessage(t('learning.save.recovered'));
        troubled = false;
      } else {
        troubled = false;
        setMessage(t('learning.save.failed', { reason: errorMessage(event.error, t) }));
      }
    });
  }, [t]);
  return [message, setMessage];
};
