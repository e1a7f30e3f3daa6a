import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { newAttemptId } from '../api/attemptId';
import type { AnswerRequest, AttemptResultDto, LearnerQuizDto } from '../api/types';
import { useSubmitAttempt } from '../hooks/useSubmitAttempt';

/** The answers of the form: each question by its own field name. */
const answersOf = (form: HTMLFormElement, quiz: LearnerQuizDto): AnswerRequest[] => {
  const data = new FormData(form);
  return quiz.questions.flatMap((question): AnswerRequest[] => {
    const name = `q-${question.id}`;
    if (question.kind === 'short_answer') {
      const text = String(data.get(name) ?? '').trim();
      return text ? [{ questionId: question.id, text }] : [];
    }
    const optionIds = data.getAll(name).map(String);
    return optionIds.length > 0 ? [{ questionId: question.id, optionIds }] : [];
  });
};

/**
 * A quiz: one fieldset per question (radio buttons, checkboxes or a text box), "Enviar
 * respuestas", then the score, whether it passed, each question's feedback and the attempts
 * left. The attempt id is made once per attempt and reused if the answer has to be sent again.
 */
export const QuizForm = ({ enrolmentId, activityId, quiz, readOnly }: { enrolmentId: string; activityId: string; quiz: LearnerQuizDto; readOnly: boolean }) => {
  const { t } = useTranslation();
  const submit = useSubmitAttempt(enrolmentId, activityId);
  const attemptId = useRef<string | null>(null);
  const [result, setResult] = useState<AttemptResultDto | null>(null);
  const [formKey, setFormKey] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const noAttemptsLeft = quiz.attemptsLeft === 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    attemptId.current ??= newAttemptId();
    try {
      const answer = await submit.mutateAsync({ attemptId: attemptId.current, answers: answersOf(event.currentTarget, quiz) });
      setResult(answer);
      attemptId.current = null;
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch {
      // The error is shown below; the same attempt id is kept for "Enviar respuestas" again.
    }
  };

  const again = () => {
    setResult(null);
    attemptId.current = null;
    setFormKey((key) => key + 1);
  };

  const facts = (
    <p className="muted">
      {t('learning.quiz.passingScore', { score: formatNumber(quiz.passingScore) })}{' '}
      {quiz.maxAttempts === null
        ? t('learning.quiz.unlimited')
        : t('learning.quiz.attemptsLeft', { count: result ? (result.attemptsLeft ?? 0) : (quiz.attemptsLeft ?? 0), max: quiz.maxAttempts })}
      {quiz.bestScore !== null ? ` ${t('learning.quiz.bestScore', { score: formatNumber(quiz.bestScore) })}` : ''}
    </p>
  );

  if (result) {
    const byId = new Map(quiz.questions.map((question, index) => [question.id, { question, index }]));
    return (
      <section aria-labelledby="quiz-result" className="quiz-result">
        <h3 id="quiz-result" ref={resultRef} tabIndex={-1}>
          {t('learning.quiz.resultTitle', { score: formatNumber(result.score) })}
        </h3>
        <Alert kind={result.passed ? 'success' : 'info'}>
          {result.passed ? t('learning.quiz.passed') : t('learning.quiz.notPassed', { passing: formatNumber(result.passingScore) })}
        </Alert>
        <ol className="quiz-feedback">
          {result.questions.map((answer) => {
            const entry = byId.get(answer.questionId);
            return (
              <li key={answer.questionId}>
                <p>
                  <strong>{entry ? entry.question.prompt : ''}</strong>{' '}
                  <span className={answer.correct ? 'badge badge--ok' : 'badge badge--off'}>
                    {answer.correct ? t('learning.quiz.correct') : t('learning.quiz.incorrect')}
                  </span>
                </p>
                {answer.feedback ? <p>{answer.feedback}</p> : null}
              </li>
            );
          })}
        </ol>
        <p>
          {result.attemptsLeft === null
            ? t('learning.quiz.unlimited')
            : t('learning.quiz.attemptsLeft', { count: result.attemptsLeft, max: result.maxAttempts ?? 0 })}
        </p>
        {!readOnly && result.attemptsLeft !== 0 && result.enrolmentStatus !== 'passed' ? (
          <button type="button" className="button button--secondary" onClick={again}>
            {t('learning.quiz.again')}
          </button>
        ) : null}
      </section>
    );
  }

  return (
    <div className="quiz">
      {facts}
      {quiz.attempts.length > 0 ? (
        <details>
          <summary>{t('learning.quiz.previous', { count: quiz.attempts.length })}</summary>
          <ul>
            {quiz.attempts.map((attempt) => (
              <li key={attempt.id}>
                {t('learning.quiz.previousLine', {
                  number: attempt.number,
                  score: formatNumber(attempt.score),
                  date: formatDateTime(attempt.submittedAt),
                  verdict: attempt.passed ? t('learning.quiz.passedShort') : t('learning.quiz.notPassedShort'),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {readOnly || noAttemptsLeft ? (
        <p>{readOnly ? t('learning.player.readOnly') : t('learning.quiz.noAttemptsLeft')}</p>
      ) : (
        <form key={formKey} onSubmit={(event) => void onSubmit(event)} className="quiz-form" noValidate>
          {quiz.questions.map((question, index) => (
            <fieldset key={question.id} className="quiz-question">
              <legend>
                {t('learning.quiz.questionLegend', { number: index + 1 })} {question.prompt}
                {question.kind === 'multiple_choice' ? <span className="field-hint"> {t('learning.quiz.multipleHint')}</span> : null}
              </legend>
              {question.kind === 'short_answer' ? (
                <label className="quiz-text">
                  <span className="visually-hidden">{t('learning.quiz.yourAnswer', { number: index + 1 })}</span>
                  <input type="text" name={`q-${question.id}`} maxLength={500} autoComplete="off" />
                </label>
              ) : (
                question.options.map((option) => (
                  <label key={option.id} className="quiz-option">
                    <input type={question.kind === 'multiple_choice' ? 'checkbox' : 'radio'} name={`q-${question.id}`} value={option.id} />{' '}
                    {question.kind === 'true_false' ? t(`learning.quiz.${option.id === 'true' ? 'true' : 'false'}`) : option.text}
                  </label>
                ))
              )}
            </fieldset>
          ))}
          {submit.isError ? <Alert kind="error">{t('learning.quiz.sendError', { reason: errorMessage(submit.error, t) })}</Alert> : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={submit.isPending}>
              {submit.isPending ? t('learning.quiz.sending') : t('learning.quiz.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
};
