import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseSummaryDto } from '../api/types';

interface Props {
  /** Published and archived courses (the API accepts only those). */
  options: CourseSummaryDto[];
  value: string[];
  onChange: (value: string[]) => void;
  /** Code and title of the prerequisites the course already has, in case they are not among the options. */
  known: { id: string; code: string; title: string }[];
  excludeId?: string;
  errors: Record<string, string>;
}

/** Courses to pass first: choose one, add it; remove from the list. */
export const PrerequisitesPicker = ({ options, value, onChange, known, excludeId, errors }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');
  const describe = (courseId: string) => {
    const course = options.find((o) => o.id === courseId) ?? known.find((k) => k.id === courseId);
    return course ? `${course.code} · ${course.title}` : courseId;
  };
  const available = options.filter((o) => o.id !== excludeId && !value.includes(o.id));

  return (
    <fieldset>
      <legend>{t('courses.prerequisites.legend')}</legend>
      <p className="field-hint">{t('courses.prerequisites.hint')}</p>
      {value.length === 0 ? <p className="muted">{t('courses.prerequisites.none')}</p> : null}
      {value.length > 0 ? (
        <ul className="course-pick-list">
          {value.map((courseId, index) => (
            <li key={courseId}>
              <span className="course-pick-name">{describe(courseId)}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('courses.prerequisites.remove', { name: describe(courseId) })}
                onClick={() => {
                  onChange(value.filter((v) => v !== courseId));
                  setMessage(t('courses.prerequisites.removed', { name: describe(courseId) }));
                }}
              >
                {t('courses.remove')}
              </button>
              {errors[`prerequisiteIds[${index}]`] ? <p className="field-error">{errors[`prerequisiteIds[${index}]`]}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="course-pick-add">
        <div className="field">
          <label htmlFor={`${id}-choice`} className="field-label">
            {t('courses.prerequisites.choose')}
          </label>
          <select id={`${id}-choice`} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{available.length ? t('courses.prerequisites.placeholder') : t('courses.prerequisites.noOptions')}</option>
            {available.map((course) => (
              <option key={course.id} value={course.id}>
                {course.code} · {course.title}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          disabled={!choice}
          onClick={() => {
            onChange([...value, choice]);
            setMessage(t('courses.prerequisites.added', { name: describe(choice) }));
            setChoice('');
          }}
        >
          {t('courses.prerequisites.add')}
        </button>
      </div>
      {errors.prerequisiteIds ? <p className="field-error">{errors.prerequisiteIds}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
};
