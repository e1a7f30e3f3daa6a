import { normaliseAnswer } from '@campus/domain';
import type { QuestionKind, QuestionOption } from '@campus/domain';
import type { FieldError } from '../../common/errors/domain.exception';
import type { StoredAnswer } from './entities/quiz-attempt.entity';

export interface ScoredQuestion {
  id: string;
  kind: QuestionKind;
  options: readonly QuestionOption[];
  acceptedAnswers: readonly string[];
  points: number;
  feedback: string | null;
}

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  feedback: string | null;
}

export interface QuizScore {
  /** 0–100 with one decimal, points-weighted. */
  score: number;
  questions: QuestionResult[];
}

/**
 * Answers that name questions or options the quiz does not have, one error per bad field
 * (`answers.2.questionId`, `answers.0.optionIds`), in Spanish. An unanswered question is not an
 * error: it scores nothing.
 */
export const answerProblems = (questions: readonly ScoredQuestion[], answers: readonly StoredAnswer[]): FieldError[] => {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  answers.forEach((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question) {
      errors.push({ field: `answers.${index}.questionId`, message: 'No es una pregunta de este cuestionario' });
      return;
    }
    if (seen.has(answer.questionId)) {
      errors.push({ field: `answers.${index}.questionId`, message: 'La pregunta ya tiene una respuesta' });
      return;
    }
    seen.add(answer.questionId);
    const ids = new Set(question.options.map((option) => option.id));
    if (answer.optionIds?.some((id) => !ids.has(id))) {
      errors.push({ field: `answers.${index}.optionIds`, message: 'No es una opción de esta pregunta' });
    }
    if (question.kind === 'single_choice' && (answer.optionIds?.length ?? 0) > 1) {
      errors.push({ field: `answers.${index}.optionIds`, message: 'Elija una sola opción' });
    }
  });
  return errors;
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === b.length && a.every((id) => b.includes(id));

/** Whether one answer is right: single choice the correct option, multiple choice exactly the correct set, true/false the truth, short answer an accepted answer. */
export const isCorrect = (question: ScoredQuestion, answer: StoredAnswer | undefined): boolean => {
  if (!answer) return false;
  const correct = question.options.filter((option) => option.correct).map((option) => option.id);
  switch (question.kind) {
    case 'single_choice':
      return answer.optionIds?.length === 1 && correct.includes(answer.optionIds[0]);
    case 'multiple_choice':
      return correct.length > 0 && sameSet(answer.optionIds ?? [], correct);
    case 'true_false': {
      const given = typeof answer.value === 'boolean' ? (answer.value ? 'true' : 'false') : answer.optionIds?.length === 1 ? answer.optionIds[0] : null;
      return given !== null && correct.length === 1 && correct[0] === given;
    }
    case 'short_answer': {
      const text = normaliseAnswer(answer.text ?? '');
      return text !== '' && question.acceptedAnswers.some((accepted) => normaliseAnswer(accepted) === text);
    }
  }
};

/** The attempt's score (points-weighted, 0–100, one decimal) and each question's verdict with its feedback. */
export const scoreQuiz = (questions: readonly ScoredQuestion[], answers: readonly StoredAnswer[]): QuizScore => {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  let total = 0;
  let earned = 0;
  const results = questions.map((question) => {
    const correct = isCorrect(question, byQuestion.get(question.id));
    total += question.points;
    if (correct) earned += question.points;
    return { questionId: question.id, correct, feedback: question.feedback };
  });
  const score = total === 0 ? 0 : Math.round((earned / total) * 1000) / 10;
  return { score, questions: results };
};
