/**
 * Closing an internship (DESIGN.md, pasantías): the final report with the improvement proposal
 * for the home municipality, and the tutor's evaluation against the host unit's competencies.
 */

/** The final report and the improvement proposal are required, with at least this many characters. */
export const MIN_FINAL_REPORT_LENGTH = 100;
export const MIN_IMPROVEMENT_PROPOSAL_LENGTH = 50;
export const MAX_FINAL_REPORT_LENGTH = 20_000;

/** A rubric level per competency: 0 = "no alcanzado", 1–3 = the level reached. */
export const RUBRIC_LEVELS = [0, 1, 2, 3] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

export const EVALUATION_VERDICTS = ['approved', 'not_approved'] as const;
export type EvaluationVerdict = (typeof EVALUATION_VERDICTS)[number];

/**
 * Approval is the tutor's verdict, but it must agree with the score: approving needs at least
 * this score (out of 100). Not approving is allowed at any score.
 */
export const INTERNSHIP_PASSING_SCORE = 70;

export type EvaluationProblem =
  | { field: 'levels'; code: 'missing' | 'unknown' | 'repeated' }
  | { field: 'score'; code: 'belowPassing' };

/**
 * What is wrong with an evaluation: the rubric must give exactly one level to each competency
 * of the host unit (none missing, none foreign, none twice), and an approval needs the passing score.
 */
export const evaluationProblems = (
  evaluation: { levels: readonly { competencyId: string; level: number }[]; score: number; verdict: EvaluationVerdict },
  unitCompetencyIds: readonly string[],
): EvaluationProblem[] => {
  const problems: EvaluationProblem[] = [];
  const given = evaluation.levels.map((l) => l.competencyId);
  if (new Set(given).size !== given.length) problems.push({ field: 'levels', code: 'repeated' });
  else if (given.some((id) => !unitCompetencyIds.includes(id))) problems.push({ field: 'levels', code: 'unknown' });
  else if (unitCompetencyIds.some((id) => !given.includes(id))) problems.push({ field: 'levels', code: 'missing' });
  if (evaluation.verdict === 'approved' && evaluation.score < INTERNSHIP_PASSING_SCORE) problems.push({ field: 'score', code: 'belowPassing' });
  return problems;
};
