import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import type { RosterRowDto } from '../api/types';
import { useSaveGrade } from '../hooks/useSaveGrade';

const GRADE_PATTERN = /^(100([.,]0)?|\d{1,2}([.,]\d)?)$/;

/** The facilitator's grade of one person, edited in the roster row ("Guardar nota"). */
export const GradeForm = ({ cohortId, row, onSaved }: { cohortId: string; row: RosterRowDto; onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveGrade(cohortId);
  const [value, setValue] = useState(row.facilitatorGrade === null ? '' : String(row.facilitatorGrade).replace('.', ','));
  const [invalid, setInvalid] = useState(false);
  const name = row.fullName;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (text !== '' && !GRADE_PATTERN.test(text)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const grade = text === '' ? null : Number(text.replace(',', '.'));
    save.mutate(
      { enrolmentId: row.enrolmentId, grade },
      { onSuccess: (result) => onSaved(result.status === 'passed' ? t('teaching.roster.gradeSavedPassed', { name }) : t('teaching.roster.gradeSaved')) },
    );
  };
  const error = invalid ? t('teaching.roster.gradeInvalid') : save.isError ? errorMessage(save.error, t) : null;

  return (
    <form className="grade-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('teaching.roster.gradeOf', { name })}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.currentTarget.value)}
      />
      <button type="submit" className="button button--small" disabled={save.isPending} aria-label={`${t('teaching.roster.saveGrade')}: ${name}`}>
        {t('teaching.roster.saveGrade')}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
};
