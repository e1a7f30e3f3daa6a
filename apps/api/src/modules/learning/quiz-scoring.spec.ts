import { answerProblems, isCorrect, scoreQuiz } from './quiz-scoring';
import type { ScoredQuestion } from './quiz-scoring';

const single: ScoredQuestion = {
  id: 'q1', kind: 'single_choice', points: 1, feedback: 'Repase el módulo 1', acceptedAnswers: [],
  options: [{ id: 'a', text: 'A', correct: false }, { id: 'b', text: 'B', correct: true }],
};
const multiple: ScoredQuestion = {
  id: 'q2', kind: 'multiple_choice', points: 2, feedback: null, acceptedAnswers: [],
  options: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B', correct: false }, { id: 'c', text: 'C', correct: true }],
};
const trueFalse: ScoredQuestion = {
  id: 'q3', kind: 'true_false', points: 1, feedback: null, acceptedAnswers: [],
  options: [{ id: 'true', text: 'Verdadero', correct: false }, { id: 'false', text: 'Falso', correct: true }],
};
const short: ScoredQuestion = { id: 'q4', kind: 'short_answer', points: 3, feedback: null, acceptedAnswers: ['Plan Operativo Anual', 'POA'], options: [] };

describe('quiz scoring', () => {
  it('single choice: only the correct option, alone', () => {
    expect(isCorrect(single, { questionId: 'q1', optionIds: ['b'] })).toBe(true);
    expect(isCorrect(single, { questionId: 'q1', optionIds: ['a'] })).toBe(false);
    expect(isCorrect(single, { questionId: 'q1', optionIds: [] })).toBe(false);
    expect(isCorrect(single, undefined)).toBe(false);
  });

  it('multiple choice: exactly the set of correct options', () => {
    expect(isCorrect(multiple, { questionId: 'q2', optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrect(multiple, { questionId: 'q2', optionIds: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { questionId: 'q2', optionIds: ['a', 'b', 'c'] })).toBe(false);
    expect(isCorrect(multiple, { questionId: 'q2', optionIds: ['a', 'a'] })).toBe(false);
  });

  it('true/false: by value or by option id', () => {
    expect(isCorrect(trueFalse, { questionId: 'q3', value: false })).toBe(true);
    expect(isCorrect(trueFalse, { questionId: 'q3', value: true })).toBe(false);
    expect(isCorrect(trueFalse, { questionId: 'q3', optionIds: ['false'] })).toBe(true);
    expect(isCorrect(trueFalse, { questionId: 'q3' })).toBe(false);
  });

  it('short answer: any accepted answer, without case, accents or extra spaces', () => {
    expect(isCorrect(short, { questionId: 'q4', text: '  plan   operativo ANUAL ' })).toBe(true);
    expect(isCorrect(short, { questionId: 'q4', text: 'póa' })).toBe(true);
    expect(isCorrect(short, { questionId: 'q4', text: 'PDM' })).toBe(false);
    expect(isCorrect(short, { questionId: 'q4', text: '' })).toBe(false);
  });

  it('weights by points and rounds to one decimal', () => {
    const all = [single, multiple, trueFalse, short];
    expect(scoreQuiz(all, [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q4', text: 'poa' }])).toEqual({
      score: 57.1,
      questions: [
        { questionId: 'q1', correct: true, feedback: 'Repase el módulo 1' },
        { questionId: 'q2', correct: false, feedback: null },
        { questionId: 'q3', correct: false, feedback: null },
        { questionId: 'q4', correct: true, feedback: null },
      ],
    });
    expect(scoreQuiz([single], []).score).toBe(0);
  });

  it('names unknown questions and options, repeated answers and several choices for a single-choice question', () => {
    expect(
      answerProblems([single, multiple], [
        { questionId: 'q1', optionIds: ['z'] },
        { questionId: 'nope' },
        { questionId: 'q1', optionIds: ['b'] },
        { questionId: 'q2', optionIds: ['a', 'c'] },
      ]).map((error) => error.field),
    ).toEqual(['answers.0.optionIds', 'answers.1.questionId', 'answers.2.questionId']);
    expect(answerProblems([single], [{ questionId: 'q1', optionIds: ['a', 'b'] }]).map((e) => e.field)).toEqual(['answers.0.optionIds']);
  });
});
