import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDto } from '../api/types';
import { cohortFeedUrl } from '../api/cohortsApi';

/** The public iCalendar address of a cohort, shown in full and copyable. */
export const CalendarFeed = ({ cohort }: { cohort: CohortDto }) => {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  if (cohort.course.status !== 'published' || cohort.status === 'cancelled') {
    return <p className="muted">{t('cohorts.feed.unavailable')}</p>;
  }
  const url = cohortFeedUrl(cohort.id);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <p>{t('cohorts.feed.intro')}</p>
      <div className="field">
        <label htmlFor={id}>{t('cohorts.feed.label')}</label>
        <div className="feed-address">
          <input id={id} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t('cohorts.feed.copy')}
          </button>
        </div>
      </div>
      <p role="status">{copied === null ? '' : copied ? t('cohorts.feed.copied') : t('cohorts.feed.copyFailed')}</p>
      <p>
        <a href={url} download>
          {t('cohorts.feed.open')}
        </a>
      </p>
    </>
  );
};
