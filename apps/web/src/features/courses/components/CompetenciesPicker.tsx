import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFICIENCY_LEVELS } from '@campus/domain';
import type { ProficiencyLevel } from '@campus/domain';
import type { FrameworkItemDto } from '../api/types';
import { frameworkLabel } from './format';

export interface PickedCompetency {
  competencyId: string;
  level: ProficiencyLevel;
}

interface Props {
  framework: FrameworkItemDto[];
  value: PickedCompetency[];
  onChange: (value: PickedCompetency[]) => void;
  /** Names and codes of what the course already grants (they may have retired since). */
  known: { competencyId: string; code: string; name: string }[];
  /** Messages by row (`competencies[1].competencyId` → index 1), and for the whole list. */
  errors: Record<string, string>;
  disabled?: boolean;
  hint?: string;
  /** The fieldset's legend, when not a course's ("Competencias que otorga"). */
  legend?: string;
}

/**
 * The competencies a course grants, each at a level: choose one (grouped by sub-area) and its level,
 * add it; the list below has a remove button per row.
 */
export const CompetenciesPicker = ({
  framework,
  value,
  onChange,
  known,
  errors,
  disabled = false,
  hint,
  legend,
}: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [level, setLevel] = useState<ProficiencyLevel>(1);
  const [message, setMessage] = useState('');
  const byId = new Map(framework.map((item) => [item.id, item]));
  const groups = framework
    .filter((item) => item.kind === 'sub_area')
    .map((sub) => ({
      sub,
      competencies: framework.filter(
        (item) => item.kind === 'competency' && item.parentId === sub.id,
      ),
    }))
    .filter((group) => group.competencies.length > 0);
  const describe = (competencyId: string) => {
    const item = byId.get(competencyId) ?? known.find((k) => k.competencyId === competencyId);
    return item ? frameworkLabel(item) : competencyId;
  };
  const rowErrors = value.map(
    (_, index) =>
      errors[`competencies[${index}].competencyId`] ?? errors[`competencies.${index}.level`],
  );
  const listError = errors.competencies;

  const add = () => {
    if (!choice) return;
    if (value.some((picked) => picked.competencyId === choice)) {
      setMessage(t('courses.competencies.already'));
      return;
    }
    onChange([...value, { competencyId: choice, level }]);
    setMessage(t('courses.competencies.added', { name: describe(choice) }));
    setChoice('');
  };

  return (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined} disabled={disabled}>
      <legend>{legend ?? t('courses.competencies.legend')}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {value.length === 0 ? <p className="muted">{t('courses.competencies.none')}</p> : null}
      {value.length > 0 ? (
        <ul className="course-pick-list">
          {value.map((picked, index) => (
            <li key={picked.competencyId}>
              <span className="course-pick-name">{describe(picked.competencyId)}</span>
              <label className="course-pick-level">
                <span className="visually-hidden">
                  {t('courses.competencies.levelOf', { name: describe(picked.competencyId) })}
                </span>
                <select
                  value={picked.level}
                  aria-invalid={rowErrors[index] ? true : undefined}
                  onChange={(event) =>
                    onChange(
                      value.map((p) =>
                        p.competencyId === picked.competencyId
                          ? { ...p, level: Number(event.target.value) as ProficiencyLevel }
                          : p,
                      ),
                    )
                  }
                >
                  {PROFICIENCY_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`courses.level.${l}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('courses.competencies.remove', {
                  name: describe(picked.competencyId),
                })}
                onClick={() => {
                  onChange(value.filter((p) => p.competencyId !== picked.competencyId));
                  setMessage(
                    t('courses.competencies.removed', { name: describe(picked.competencyId) }),
                  );
                }}
              >
                {t('courses.remove')}
              </button>
              {rowErrors[index] ? <p className="field-error">{rowErrors[index]}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="course-pick-add">
        <div className="field">
          <label htmlFor={`${id}-choice`} className="field-label">
            {t('courses.competencies.choose')}
          </label>
          <select
            id={`${id}-choice`}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{t('courses.competencies.placeholder')}</option>
            {groups.map(({ sub, competencies }) => (
              <optgroup key={sub.id} label={frameworkLabel(sub)}>
                {competencies.map((item) => (
                  <option
                    key={item.id}
                    value={item.id}
                    disabled={value.some((p) => p.competencyId === item.id)}
                  >
                    {frameworkLabel(item)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`} className="field-label">
            {t('courses.competencies.level')}
          </label>
          <select
            id={`${id}-level`}
            value={level}
            onChange={(event) => setLevel(Number(event.target.value) as ProficiencyLevel)}
          >
            {PROFICIENCY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`courses.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" disabled={!choice} onClick={add}>
          {t('courses.competencies.add')}
        </button>
      </div>
      {listError ? <p className="field-error">{listError}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
};
