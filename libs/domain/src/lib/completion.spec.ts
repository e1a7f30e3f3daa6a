import { attendanceRate, checkCompletion, finalScore, laterProgressStatus, progressPercent } from './completion';
import type { CompletionFacts } from './completion';

const facts = (overrides: Partial<CompletionFacts> = {}): CompletionFacts => ({
  modality: 'in_person',
  passingScore: 70,
  minAttendance: 80,
  requiredActivities: 3,
  requiredDone: 3,
  gradedScores: [80],
  facilitatorGrade: null,
  sessions: 10,
  present: 8,
  excused: 0,
  ...overrides,
});

describe('completion rule', () => {
  it('passes when activities, score and attendance are all met', () => {
    expect(checkCompletion(facts())).toMatchObject({ met: true, finalScore: 80, attendanceRate: 80 });
  });

  it('does not pass with a required activity missing', () => {
    expect(checkCompletion(facts({ requiredDone: 2 }))).toMatchObject({ met: false, activitiesMet: false });
  });

  it('does not pass below the passing score, and passes exactly at it', () => {
    expect(checkCompletion(facts({ gradedScores: [69.9] }))).toMatchObject({ met: false, scoreMet: false });
    expect(checkCompletion(facts({ gradedScores: [70] }))).toMatchObject({ met: true, scoreMet: true });
  });

  it('does not pass below the minimum attendance of an in-person or blended cohort', () => {
    expect(checkCompletion(facts({ present: 7 }))).toMatchObject({ met: false, attendanceMet: false, attendanceRate: 70 });
    expect(checkCompletion(facts({ modality: 'blended', present: 7 })).met).toBe(false);
  });

  it('ignores attendance for online cohorts', () => {
    expect(checkCompletion(facts({ modality: 'online', present: 0 }))).toMatchObject({ met: true, attendanceRequired: false, attendanceRate: null });
  });

  it('leaves excused sessions out of the attendance count', () => {
    expect(attendanceRate({ sessions: 10, present: 7, excused: 2 })).toBe(87.5);
    expect(checkCompletion(facts({ present: 7, excused: 2 })).attendanceMet).toBe(true);
    expect(attendanceRate({ sessions: 2, present: 0, excused: 2 })).toBe(100);
  });

  it('counts future sessions, so nobody passes before attending them', () => {
    expect(checkCompletion(facts({ sessions: 10, present: 3 })).met).toBe(false);
  });

  it('has nothing to meet when there are no sessions or nothing scored', () => {
    expect(checkCompletion(facts({ sessions: 0, present: 0, gradedScores: [] }))).toMatchObject({ met: true, finalScore: null, attendanceRate: null });
  });

  it('averages the best quiz scores, counting unattempted quizzes as zero', () => {
    expect(finalScore({ gradedScores: [100, 50], facilitatorGrade: null })).toBe(75);
    expect(finalScore({ gradedScores: [90, null], facilitatorGrade: null })).toBe(45);
    expect(finalScore({ gradedScores: [66.67, 66.66, 66.66], facilitatorGrade: null })).toBe(66.7);
  });

  it("takes the facilitator's grade as the final score when given", () => {
    expect(finalScore({ gradedScores: [100], facilitatorGrade: 60 })).toBe(60);
    expect(checkCompletion(facts({ gradedScores: [100], facilitatorGrade: 60 })).scoreMet).toBe(false);
  });

  it('never moves progress backwards', () => {
    expect(laterProgressStatus('completed', 'in_progress')).toBe('completed');
    expect(laterProgressStatus('in_progress', 'completed')).toBe('completed');
    expect(laterProgressStatus('failed', 'in_progress')).toBe('failed');
    expect(laterProgressStatus('failed', 'completed')).toBe('completed');
    expect(laterProgressStatus('not_started', 'in_progress')).toBe('in_progress');
  });

  it('reports progress as the share of required activities done', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(0, 0)).toBe(100);
    expect(progressPercent(5, 3)).toBe(100);
  });
});
