import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindHasOptions, QUESTION_KINDS, questionProblems } from '@campus/domain';
import type { QuestionKind } from '@campus/domain';
import { Alert } from '../../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../../shared/errors';
import type { CourseActivityDto, QuestionRequest, QuizQuestionDto } from '../../api/types';
import { useReplaceQuestions } from '../../hooks/useReplaceQuestions';

interface DraftOption {
  key: string;
  id?: string;
  text: string;
  correct: boolean;
}

interface DraftQuestion {
  key: string;
  kind: QuestionKind;
  prompt: string;
  options: DraftOption[];
  /** Short answers: one accepted answer per line. */
  accepted: string;
  points: string;
  feedback: string;
}

let counter = 0;
const nextKey = () => `q${(counter += 1)}`;

const blankOptions = (): DraftOption[] => [
  { key: nextKey(), text: '', correct: false },
  { key: nextKey(), text: '', correct: false },
];

const toDraft = (question: QuizQuestionDto): DraftQuestion => ({
  key: question.id,
  kind: question.kind,
  prompt: question.prompt,
  options: question.options.map((option) => ({ key: `${question.id}-${option.id}`, id: option.id, text: option.text, correct: option.correct })),
  accepted: question.acceptedAnswers.join('\n'),
  points: String(question.points),
  feedback: question.feedback ?? '',
});

const newQuestion = (kind: QuestionKind = 'single_choice'): DraftQuestion => ({
  key: nextKey(),
  kind,
  prompt: '',
  options: blankOptions(),
  accepted: '',
  points: '1',
  feedback: '',
});

/** True/false questions keep two options: Verdadero first, Falso second. */
const trueFalseDraft = (correct: boolean | null): DraftOption[] => [
  { key: nextKey(), id: 'true', text: 'Verdadero', correct: correct === true },
  { key: nextKey(), id: 'false', text: 'Falso', correct: correct === false },
];

const toRequest = (question: DraftQuestion): QuestionRequest => ({
  kind: question.kind,
  prompt: question.prompt.trim(),
  options: kindHasOptions(question.kind) ? question.options.map(({ id, text, correct }) => ({ ...(id ? { id } : {}), text: text.trim(), correct })) : [],
  acceptedAnswers: question.kind === 'short_answer' ? question.accepted.split('\n').map((a) => a.trim()).filter(Boolean) : [],
  points: Number(question.points) || 1,
  feedback: question.feedback.trim() || null,
});

/** `questions.2.points` (class-validator) and `questions[2].points` (quiz rules) both become the latter. */
const normaliseField = (field: string) => field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * The questions of a quiz, all saved at once: kind, prompt, options with the correct one(s) marked
 * (or accepted answers), points and feedback. Each question is checked with the shared rule before
 * sending; the API's messages appear next to the question they concern.
 */
export const QuizEditor = ({ courseId, activity }: { courseId: string; activity: CourseActivityDto }) => {
  const { t } = useTranslation();
  const save = useReplaceQuestions(courseId);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() => activity.questions.map(toDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const base = `quiz-${activity.id}`;

  const change = (key: string, patch: Partial<DraftQuestion>) => {
    setSaved(false);
    setQuestions((current) => current.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  };
  const changeKind = (question: DraftQuestion, kind: QuestionKind) => {
    if (kind === 'true_false') change(question.key, { kind, options: trueFalseDraft(null) });
    else if (question.kind === 'true_false' && kindHasOptions(kind)) change(question.key, { kind, options: blankOptions() });
    else if (kind === 'single_choice' && question.options.filter((o) => o.correct).length > 1) {
      change(question.key, { kind, options: question.options.map((o) => ({ ...o, correct: false })) });
    } else change(question.key, { kind });
  };
  const changeOption = (question: DraftQuestion, optionKey: string, patch: Partial<DraftOption>) => {
    const single = question.kind === 'single_choice' || question.kind === 'true_false';
    change(question.key, {
      options: question.options.map((o) =>
        o.key === optionKey ? { ...o, ...patch } : patch.correct && single ? { ...o, correct: false } : o,
      ),
    });
  };
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {};
    questions.forEach((question, index) => {
      const request = toRequest(question);
      const options = (request.options ?? []).map((option, optionIndex) => ({ id: option.id ?? String(optionIndex), text: option.text, correct: option.correct }));
      for (const problem of questionProblems({ ...request, options, acceptedAnswers: request.acceptedAnswers ?? [] })) {
        const field = `questions[${index}].${problem.field}`;
        found[field] ??= problem.field === 'prompt' ? t('courses.quiz.problem.prompt') : t(`courses.quiz.problem.${problem.code}`);
      }
      const points = Number(question.points);
      if (!Number.isInteger(points) || points < 1 || points > 100) found[`questions[${index}].points`] = t('courses.form.range', { min: 1, max: 100 });
    });
    return found;
  };

  /** The control a message is about: the prompt, the first option, the accepted answers or the points. */
  const focusFirstError = (found: Record<string, string>) => {
    const first = Object.keys(found)[0];
    const match = first ? /^questions\[(\d+)\]\.?(\w*)/.exec(first) : null;
    const question = match ? questions[Number(match[1])] : undefined;
    if (!question || !match) return;
    const id = `${base}-${question.key}`;
    const field = match[2];
    const target =
      field === 'options'
        ? question.kind === 'true_false'
          ? `${id}-tf-0`
          : `${id}-${question.options[0]?.key}-text`
        : field === 'acceptedAnswers'
          ? `${id}-accepted`
          : field === 'points'
            ? `${id}-points`
            : field === 'kind'
              ? `${id}-kind`
              : `${id}-prompt`;
    focusLater(document.getElementById(target) ? target : `${id}-prompt`);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSummary(t('courses.quiz.fixQuestions'));
      focusFirstError(found);
      return;
    }
    setSummary(null);
    save.mutate(
      { id: activity.id, questions: questions.map(toRequest) },
      {
        onSuccess: (updated) => {
          setQuestions(updated.questions.map(toDraft));
          setSaved(true);
        },
        onError: (failure) => {
          const byField = Object.fromEntries(Object.entries(apiFieldErrors(failure)).map(([field, message]) => [normaliseField(field), message]));
          setErrors(byField);
          setSummary(errorMessage(failure, t));
          focusFirstError(byField);
        },
      },
    );
  };

  const errorFor = (index: number, field: string) => errors[`questions[${index}].${field}`];
  const otherErrors = (index: number) =>
    Object.entries(errors)
      .filter(([field]) => field.startsWith(`questions[${index}].`) && !/\.(prompt|options|acceptedAnswers|points|kind|feedback)$/.test(field))
      .map(([, message]) => message);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>{t('courses.quiz.title', { count: questions.length })}</h4>
      {summary ? (
        <Alert kind="error">
          <p>{summary}</p>
        </Alert>
      ) : null}
      {questions.length === 0 ? <p className="muted">{t('courses.quiz.none')}</p> : null}
      {questions.map((question, index) => {
        const id = `${base}-${question.key}`;
        const single = question.kind === 'single_choice';
        const optionsError = errorFor(index, 'options');
        return (
          <fieldset key={question.key} className="course-question" aria-invalid={Object.keys(errors).some((f) => f.startsWith(`questions[${index}]`)) || undefined}>
            <legend>{t('courses.quiz.questionN', { n: index + 1 })}</legend>
            <div className="grid-2">
              <div className="field">
                <label htmlFor={`${id}-kind`} className="field-label">
                  {t('courses.quiz.kind')}
                </label>
                <select id={`${id}-kind`} value={question.kind} onChange={(event) => changeKind(question, event.target.value as QuestionKind)}>
                  {QUESTION_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`courses.quiz.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
                {errorFor(index, 'kind') ? <p className="field-error">{errorFor(index, 'kind')}</p> : null}
              </div>
              <div className="field">
                <label htmlFor={`${id}-points`} className="field-label">
                  {t('courses.quiz.points')}
                </label>
                <input
                  id={`${id}-points`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  value={question.points}
                  aria-invalid={errorFor(index, 'points') ? true : undefined}
                  aria-describedby={errorFor(index, 'points') ? `${id}-points-error` : undefined}
                  onChange={(event) => change(question.key, { points: event.target.value })}
                />
                {errorFor(index, 'points') ? (
                  <p id={`${id}-points-error`} className="field-error">
                    {errorFor(index, 'points')}
                  </p>
                ) : null}
              </div>
            </div>
            <div className="field">
              <span className="field-label">
                <label htmlFor={`${id}-prompt`}>{t('courses.quiz.prompt')}</label>
                <span className="required-mark" aria-hidden="true">
                  {' '}
                  *
                </span>
              </span>
              <textarea
                id={`${id}-prompt`}
                rows={2}
                maxLength={2000}
                value={question.prompt}
                required
                aria-invalid={errorFor(index, 'prompt') ? true : undefined}
                aria-describedby={errorFor(index, 'prompt') ? `${id}-prompt-error` : undefined}
                onChange={(event) => change(question.key, { prompt: event.target.value })}
              />
              {errorFor(index, 'prompt') ? (
                <p id={`${id}-prompt-error`} className="field-error">
                  {errorFor(index, 'prompt')}
                </p>
              ) : null}
            </div>
            {question.kind === 'true_false' ? (
              <fieldset aria-describedby={optionsError ? `${id}-options-error` : undefined} aria-invalid={optionsError ? true : undefined}>
                <legend>{t('courses.quiz.trueFalseAnswer')}</legend>
                {question.options.map((option, optionIndex) => (
                  <label key={option.key} className="checkbox">
                    <input
                      id={`${id}-tf-${optionIndex}`}
                      type="radio"
                      name={`${id}-correct`}
                      checked={option.correct}
                      onChange={() => changeOption(question, option.key, { correct: true })}
                    />
                    {option.id === 'true' ? t('courses.quiz.true') : t('courses.quiz.false')}
                  </label>
                ))}
                {optionsError ? (
                  <p id={`${id}-options-error`} className="field-error">
                    {optionsError}
                  </p>
                ) : null}
              </fieldset>
            ) : question.kind === 'short_answer' ? (
              <div className="field">
                <label htmlFor={`${id}-accepted`} className="field-label">
                  {t('courses.quiz.accepted')}
                </label>
                <p id={`${id}-accepted-hint`} className="field-hint">
                  {t('courses.quiz.acceptedHint')}
                </p>
                <textarea
                  id={`${id}-accepted`}
                  rows={3}
                  value={question.accepted}
                  aria-invalid={errorFor(index, 'acceptedAnswers') ? true : undefined}
                  aria-describedby={`${id}-accepted-hint${errorFor(index, 'acceptedAnswers') ? ` ${id}-accepted-error` : ''}`}
                  onChange={(event) => change(question.key, { accepted: event.target.value })}
                />
                {errorFor(index, 'acceptedAnswers') ? (
                  <p id={`${id}-accepted-error`} className="field-error">
                    {errorFor(index, 'acceptedAnswers')}
                  </p>
                ) : null}
              </div>
            ) : (
              <fieldset aria-describedby={optionsError ? `${id}-options-error` : undefined} aria-invalid={optionsError ? true : undefined}>
                <legend>{single ? t('courses.quiz.optionsSingle') : t('courses.quiz.optionsMultiple')}</legend>
                <ol className="course-options">
                  {question.options.map((option, optionIndex) => (
                    <li key={option.key}>
                      <label className="visually-hidden" htmlFor={`${id}-${option.key}-text`}>
                        {t('courses.quiz.optionN', { n: optionIndex + 1 })}
                      </label>
                      <input
                        id={`${id}-${option.key}-text`}
                        type="text"
                        maxLength={500}
                        value={option.text}
                        onChange={(event) => changeOption(question, option.key, { text: event.target.value })}
                      />
                      <label className="checkbox">
                        <input
                          type={single ? 'radio' : 'checkbox'}
                          name={`${id}-correct`}
                          checked={option.correct}
                          onChange={(event) => changeOption(question, option.key, { correct: single ? true : event.target.checked })}
                        />
                        {t('courses.quiz.correct')}
                        <span className="visually-hidden"> ({t('courses.quiz.optionN', { n: optionIndex + 1 })})</span>
                      </label>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('courses.quiz.removeOption', { n: optionIndex + 1 })}
                        onClick={() => {
                          change(question.key, { options: question.options.filter((o) => o.key !== option.key) });
                          setAnnouncement(t('courses.quiz.optionRemoved', { n: optionIndex + 1 }));
                        }}
                      >
                        {t('courses.remove')}
                      </button>
                    </li>
                  ))}
                </ol>
                {optionsError ? (
                  <p id={`${id}-options-error`} className="field-error">
                    {optionsError}
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={question.options.length >= 10}
                  onClick={() => {
                    const option = { key: nextKey(), text: '', correct: false };
                    change(question.key, { options: [...question.options, option] });
                    focusLater(`${id}-${option.key}-text`);
                  }}
                >
                  {t('courses.quiz.addOption')}
                </button>
              </fieldset>
            )}
            <div className="field">
              <label htmlFor={`${id}-feedback`} className="field-label">
                {t('courses.quiz.feedback')}
              </label>
              <input
                id={`${id}-feedback`}
                type="text"
                maxLength={2000}
                value={question.feedback}
                onChange={(event) => change(question.key, { feedback: event.target.value })}
              />
            </div>
            {otherErrors(index).map((message) => (
              <p key={message} className="field-error">
                {message}
              </p>
            ))}
            <div className="row-actions">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={index === 0}
                aria-label={t('courses.quiz.moveUp', { n: index + 1 })}
                onClick={() => {
                  setQuestions((current) => {
                    const next = [...current];
                    [next[index - 1], next[index]] = [next[index], next[index - 1]];
                    return next;
                  });
                  setAnnouncement(t('courses.quiz.moved', { from: index + 1, to: index }));
                }}
              >
                {t('courses.content.up')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={index === questions.length - 1}
                aria-label={t('courses.quiz.moveDown', { n: index + 1 })}
                onClick={() => {
                  setQuestions((current) => {
                    const next = [...current];
                    [next[index + 1], next[index]] = [next[index], next[index + 1]];
                    return next;
                  });
                  setAnnouncement(t('courses.quiz.moved', { from: index + 1, to: index + 2 }));
                }}
              >
                {t('courses.content.down')}
              </button>
              <button
                type="button"
                className="button button--danger button--small"
                aria-label={t('courses.quiz.removeQuestion', { n: index + 1 })}
                onClick={() => {
                  setQuestions((current) => current.filter((q) => q.key !== question.key));
                  setErrors({});
                  setAnnouncement(t('courses.quiz.questionRemoved', { n: index + 1 }));
                }}
              >
                {t('courses.quiz.removeQuestionShort')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={questions.length >= 100}
          onClick={() => {
            const question = newQuestion();
            setQuestions((current) => [...current, question]);
            focusLater(`${base}-${question.key}-prompt`);
          }}
        >
          {t('courses.quiz.addQuestion')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('courses.quiz.save')}
        </button>
      </div>
      {saved ? <Alert kind="success">{t('courses.quiz.saved', { count: questions.length })}</Alert> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
};

/** The questions of a quiz, read-only, with the correct answers marked. */
export const QuestionsView = ({ questions }: { questions: QuizQuestionDto[] }) => {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className="muted">{t('courses.quiz.none')}</p>;
  return (
    <ol className="course-questions-view">
      {questions.map((question) => (
        <li key={question.id}>
          <p>
            <strong>{question.prompt}</strong>{' '}
            <span className="muted">
              ({t(`courses.quiz.kinds.${question.kind}`)} · {t('courses.quiz.pointsN', { count: question.points })})
            </span>
          </p>
          {question.kind === 'short_answer' ? (
            <p>
              {t('courses.quiz.accepted')}: {question.acceptedAnswers.join(' · ')}
            </p>
          ) : (
            <ul>
              {question.options.map((option) => (
                <li key={option.id}>
                  {question.kind === 'true_false' ? (option.id === 'true' ? t('courses.quiz.true') : t('courses.quiz.false')) : option.text}
                  {option.correct ? <strong> — {t('courses.quiz.correct')}</strong> : null}
                </li>
              ))}
            </ul>
          )}
          {question.feedback ? <p className="muted">{question.feedback}</p> : null}
        </li>
      ))}
    </ol>
  );
};
