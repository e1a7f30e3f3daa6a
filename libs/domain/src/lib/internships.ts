/**
 * Municipal internships (pasantías, DESIGN.md): calls with host units, applications with ranked
 * preferences, placements, logbooks, evaluation and follow-up of the improvement proposal. The
 * rules both apps share: states, limits, logbook checks and the placement proposal.
 */

export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const APPLICATION_STATUSES = ['submitted', 'placed', 'not_placed', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The home municipality's endorsement: by its liaison in the app, or a signed letter uploaded. */
export const ENDORSEMENT_STATUSES = ['pending', 'endorsed', 'letter', 'declined'] as const;
export type EndorsementStatus = (typeof ENDORSEMENT_STATUSES)[number];

export const PLACEMENT_STATUSES = ['proposed', 'confirmed', 'in_progress', 'report_submitted', 'approved', 'not_approved', 'withdrawn'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const LOGBOOK_STATUSES = ['submitted', 'validated', 'returned'] as const;
export type LogbookStatus = (typeof LOGBOOK_STATUSES)[number];

export const PROPOSAL_FOLLOW_UP_STATUSES = ['not_started', 'in_progress', 'implemented'] as const;
export type ProposalFollowUpStatus = (typeof PROPOSAL_FOLLOW_UP_STATUSES)[number];

/** An applicant ranks at most three host units. */
export const MAX_PREFERENCES = 3;
/** Signed endorsement letters: PDF only, at most 5 MB. */
export const MAX_LETTER_BYTES = 5 * 1024 * 1024;
/** Hours a logbook may record for one day, all entries of the day together. */
export const MAX_LOGBOOK_HOURS_PER_DAY = 24;

/** Applications are taken (and edited) while the call is published and today is inside its window. */
export const isCallOpen = (call: { status: CallStatus; opensOn: string; closesOn: string }, today: string): boolean =>
  call.status === 'published' && call.opensOn <= today && today <= call.closesOn;

export type LogbookProblem = { field: 'entryDate'; code: 'future' | 'outsidePlacement' } | { field: 'hours'; code: 'notPositive' | 'dayOverLimit' };

/**
 * What is wrong with a logbook entry: a date in the future or outside the placement's dates,
 * hours not above zero, or the day's hours (with the other entries of that day) above 24.
 */
export const logbookEntryProblems = (
  entry: { entryDate: string; hours: number },
  context: { today: string; startsOn: string; endsOn: string; otherHoursThatDay: number },
): LogbookProblem[] => {
  const problems: LogbookProblem[] = [];
  if (entry.entryDate > context.today) problems.push({ field: 'entryDate', code: 'future' });
  else if (entry.entryDate < context.startsOn || entry.entryDate > context.endsOn) problems.push({ field: 'entryDate', code: 'outsidePlacement' });
  if (!(entry.hours > 0)) problems.push({ field: 'hours', code: 'notPositive' });
  else if (entry.hours + context.otherHoursThatDay > MAX_LOGBOOK_HOURS_PER_DAY) problems.push({ field: 'hours', code: 'dayOverLimit' });
  return problems;
};

export interface AssignmentApplicant {
  id: string;
  /** Coordinator-set priority: higher goes first. */
  priority: number;
  /** Tie-break: earlier applications first (ISO instant), then id. */
  submittedAt: string;
  /** Host unit ids, most wanted first. */
  preferences: readonly string[];
}

export interface AssignmentUnit {
  id: string;
  places: number;
}

export interface AssignmentResult {
  /** applicant id → host unit id, for those placed. */
  placements: Map<string, string>;
  /** Applicants no preferred unit had room for, in turn order. */
  unplaced: string[];
  /** The order in which applicants chose. */
  order: string[];
}

/**
 * The placement proposal: applicants take turns by priority (then arrival), and each gets the
 * highest-ranked of their preferred units that still has room at their turn (serial
 * dictatorship — stable for these preferences, and no unit goes over its places). Units already
 * holding people are given with their remaining places.
 */
export const proposeAssignment = (applicants: readonly AssignmentApplicant[], units: readonly AssignmentUnit[]): AssignmentResult => {
  const room = new Map(units.map((unit) => [unit.id, Math.max(0, unit.places)]));
  const order = [...applicants]
    .sort((a, b) => b.priority - a.priority || a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
    .map((applicant) => applicant.id);
  const byId = new Map(applicants.map((applicant) => [applicant.id, applicant]));
  const placements = new Map<string, string>();
  const unplaced: string[] = [];
  for (const id of order) {
    const choice = (byId.get(id)?.preferences ?? []).find((unitId) => (room.get(unitId) ?? 0) > 0);
    if (choice === undefined) {
      unplaced.push(id);
      continue;
    }
    room.set(choice, (room.get(choice) ?? 0) - 1);
    placements.set(id, choice);
  }
  return { placements, unplaced, order };
};
