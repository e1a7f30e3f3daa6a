/**
 * The completion rule (DESIGN.md), one pure function shared by the API (which decides) and the
 * SPA (which explains what is missing):
 *
 *   passed ⇔ every required activity done
 *          ∧ final score ≥ the course's passing score
 *          ∧ attendance ≥ the course's minimum (in-person and blended cohorts only)
 *
 * The final score is the facilitator's grade when there is one, otherwise the mean of the best
 * scores of the cohort's graded (quiz) activities; a course with neither has no score to meet.
 * Attendance counts present sessions over all sessions of the cohort, excused ones left out; a
 * cohort with no sessions has no attendance to meet.
 */
import { MODALITIES_WITH_ATTENDANCE } from './catalogue';
import type { Modality } from './catalogue';

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed', 'failed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Progress only moves forward: a retried or late write never undoes a later one. */
const PROGRESS_RANK: Record<ProgressStatus, number> = { not_started: 0, in_progress: 1, failed: 2, completed: 3 };
export const laterProgressStatus = (a: ProgressStatus, b: ProgressStatus): ProgressStatus =>
  PROGRESS_RANK[a] >= PROGRESS_RANK[b] ? a : b;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface CompletionFacts {
  modality: Modality;
  passingScore: number;
  minAttendance: number;
  requiredActivities: number;
  requiredDone: number;
  /** Best score (0–100) of each graded activity the cohort's content has; null when not attempted. */
  gradedScores: readonly (number | null)[];
  /** The facilitator's final grade (0–100), when given. */
  facilitatorGrade: number | null;
  /** Sessions of the cohort, and how many this person attended or was excused from. */
  sessions: number;
  present: number;
  excused: number;
}

export interface CompletionCheck {
  /** All three conditions are met. */
  met: boolean;
  activitiesMet: boolean;
  scoreMet: boolean;
  attendanceMet: boolean;
  /** null when the course has nothing scored. */
  finalScore: number | null;
  /** Percentage 0–100, null when there is nothing to attend (or the modality is online). */
  attendanceRate: number | null;
  attendanceRequired: boolean;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Final score: the facilitator's grade, else the mean of the best quiz scores (unattempted count as 0). */
export const finalScore = (facts: Pick<CompletionFacts, 'gradedScores' | 'facilitatorGrade'>): number | null => {
  if (facts.facilitatorGrade !== null) return facts.facilitatorGrade;
  if (facts.gradedScores.length === 0) return null;
  return round1(facts.gradedScores.reduce<number>((sum, score) => sum + (score ?? 0), 0) / facts.gradedScores.length);
};

/** Attendance percentage over the sessions that count (all but the excused ones). */
export const attendanceRate = (facts: Pick<CompletionFacts, 'sessions' | 'present' | 'excused'>): number | null => {
  const counted = facts.sessions - facts.excused;
  if (facts.sessions === 0) return null;
  if (counted <= 0) return 100;
  return round1((facts.present / counted) * 100);
};

export const checkCompletion = (facts: CompletionFacts): CompletionCheck => {
  const score = finalScore(facts);
  const attendanceRequired = MODALITIES_WITH_ATTENDANCE.includes(facts.modality);
  const rate = attendanceRequired ? attendanceRate(facts) : null;
  const activitiesMet = facts.requiredDone >= facts.requiredActivities;
  const scoreMet = score === null || score >= facts.passingScore;
  const attendanceMet = rate === null || rate >= facts.minAttendance;
  return {
    met: activitiesMet && scoreMet && attendanceMet,
    activitiesMet,
    scoreMet,
    attendanceMet,
    finalScore: score,
    attendanceRate: rate,
    attendanceRequired,
  };
};

/** Percentage of the required activities done (for progress bars). */
export const progressPercent = (requiredDone: number, requiredActivities: number): number =>
  requiredActivities === 0 ? 100 : Math.min(100, Math.round((requiredDone / requiredActivities) * 100));
