import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OutlineModuleDto } from '../api/types';

/**
 * The modules and activities in order, with done marks; a <details> so it folds away on phones
 * (open on wide screens through CSS).
 */
export const CourseOutlineNav = ({
  enrolmentId,
  modules,
  currentId,
}: {
  enrolmentId: string;
  modules: OutlineModuleDto[];
  currentId: string | null;
}) => {
  const { t } = useTranslation();
  // Open beside the activity on wide screens; folded above it on phones.
  const [open] = useState(() => (typeof window.matchMedia === 'function' ? window.matchMedia('(min-width: 60rem)').matches : true));
  return (
    <nav aria-labelledby="player-outline" className="player-outline">
      <details open={open}>
        <summary>
          <h2 id="player-outline">{t('learning.player.outline')}</h2>
        </summary>
        <ol className="player-modules">
          {modules.map((module, index) => (
            <li key={module.id}>
              <h3>{t('learning.player.module', { number: index + 1, title: module.title })}</h3>
              <ol className="player-activities">
                {module.activities.map((activity) => {
                  const done = activity.status === 'completed';
                  return (
                    <li key={activity.id} className={done ? 'player-activity player-activity--done' : 'player-activity'}>
                      <Link
                        to={`/aprendizaje/${enrolmentId}?actividad=${activity.id}`}
                        aria-current={activity.id === currentId ? 'step' : undefined}
                        replace
                      >
                        <span className="player-mark" aria-hidden="true">
                          {done ? '✓' : activity.status === 'failed' ? '✗' : '○'}
                        </span>
                        <span>
                          {activity.title}
                          <span className="visually-hidden">
                            {' '}
                            ({t(`learning.kinds.${activity.kind}`)}, {t(`learning.progressStatuses.${activity.status}`)}
                            {activity.required ? '' : `, ${t('learning.player.optional')}`})
                          </span>
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
};
