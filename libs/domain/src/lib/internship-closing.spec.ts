import { evaluationProblems, INTERNSHIP_PASSING_SCORE } from './internship-closing';

describe('evaluationProblems', () => {
  const units = ['a', 'b'];
  const levels = [{ competencyId: 'a', level: 2 }, { competencyId: 'b', level: 0 }];

  it('accepts one level per competency of the unit and an approval at the passing score', () => {
    expect(evaluationProblems({ levels, score: INTERNSHIP_PASSING_SCORE, verdict: 'approved' }, units)).toEqual([]);
    expect(evaluationProblems({ levels, score: 10, verdict: 'not_approved' }, units)).toEqual([]);
  });

  it('refuses an approval below the passing score', () => {
    expect(evaluationProblems({ levels, score: INTERNSHIP_PASSING_SCORE - 0.5, verdict: 'approved' }, units)).toEqual([{ field: 'score', code: 'belowPassing' }]);
  });

  it('refuses a rubric with a missing, foreign or repeated competency', () => {
    expect(evaluationProblems({ levels: levels.slice(0, 1), score: 80, verdict: 'approved' }, units)).toEqual([{ field: 'levels', code: 'missing' }]);
    expect(evaluationProblems({ levels: [...levels, { competencyId: 'c', level: 1 }], score: 80, verdict: 'approved' }, units)).toEqual([
      { field: 'levels', code: 'unknown' },
    ]);
    expect(evaluationProblems({ levels: [...levels, levels[0]], score: 80, verdict: 'approved' }, units)).toEqual([{ field: 'levels', code: 'repeated' }]);
  });
});
