/**
 * The enrolment workflow (DESIGN.md): one pure state machine, used by the API (which enforces it
 * under a lock on the cohort) and by the SPA (which shows only the actions it allows).
 *
 *   requested → (endorsed) → enrolled | waitlisted | rejected
 *   enrolled → in_progress → passed | failed | withdrawn
 *
 * Admission ("enrolled" or "waitlisted") happens after the last gate a course asks for: the
 * municipal liaison's endorsement (`requiresEndorsement`) and the coordinator's approval
 * (`requiresApproval`). A course that asks for neither admits on request, in arrival order.
 */
import { SEAT_HOLDING_STATUSES } from './catalogue';
import type { EnrolmentStatus } from './catalogue';
import type { Role } from './roles';

export const ENROLMENT_ACTIONS = [
  'request',
  'endorse',
  'approve',
  'reject',
  'withdraw',
  'promote',
  'start',
  'pass',
  'fail',
] as const;
export type EnrolmentAction = (typeof ENROLMENT_ACTIONS)[number];

/** States that still wait for someone's decision (a liaison's or a coordinator's). */
export const PENDING_STATUSES = ['requested', 'endorsed'] as const satisfies readonly EnrolmentStatus[];
/** States of a person who is (or may still be) taking the course. */
export const ACTIVE_STATUSES = ['requested', 'endorsed', 'enrolled', 'waitlisted', 'in_progress'] as const satisfies readonly EnrolmentStatus[];
/** States a course player opens: the person holds a place and has not finished. */
export const LEARNING_STATUSES = ['enrolled', 'in_progress'] as const satisfies readonly EnrolmentStatus[];
/** Final states: nothing moves them any more. */
export const FINAL_STATUSES = ['rejected', 'passed', 'failed', 'withdrawn'] as const satisfies readonly EnrolmentStatus[];

export const holdsSeat = (status: EnrolmentStatus): boolean => (SEAT_HOLDING_STATUSES as readonly string[]).includes(status);
export const isActiveEnrolment = (status: EnrolmentStatus): boolean => (ACTIVE_STATUSES as readonly string[]).includes(status);
export const isLearning = (status: EnrolmentStatus): boolean => (LEARNING_STATUSES as readonly string[]).includes(status);

/** Who may perform each action (the API also checks the record-level scope). */
export const ENROLMENT_ACTION_ROLES: Record<EnrolmentAction, readonly Role[]> = {
  request: ['participant'],
  endorse: ['municipal_liaison', 'coordinator', 'admin'],
  approve: ['coordinator', 'admin'],
  reject: ['municipal_liaison', 'coordinator', 'admin'],
  withdraw: ['participant', 'coordinator', 'admin'],
  // The system's own moves: promotion from the waitlist, the first activity, the completion rule.
  promote: [],
  start: [],
  pass: [],
  fail: [],
};

export interface EnrolmentContext {
  /** The course asks the liaison of the person's municipality to endorse the request. */
  requiresEndorsement: boolean;
  /** The course asks a coordinator to approve the request. */
  requiresApproval: boolean;
  /** Free places in the cohort right now (capacity − seat-holding enrolments). */
  seatsLeft: number;
}

export type EnrolmentErrorCode = 'invalid_transition' | 'no_seat';

export type TransitionResult =
  | { ok: true; status: EnrolmentStatus; admitted: boolean; freesSeat: boolean }
  | { ok: false; code: EnrolmentErrorCode };

/** After the last gate: a place if there is one, otherwise the waitlist. */
const admit = (ctx: EnrolmentContext): TransitionResult => ({
  ok: true,
  status: ctx.seatsLeft > 0 ? 'enrolled' : 'waitlisted',
  admitted: true,
  freesSeat: false,
});

const move = (status: EnrolmentStatus, freesSeat = false): TransitionResult => ({ ok: true, status, admitted: false, freesSeat });
const refuse = (code: EnrolmentErrorCode = 'invalid_transition'): TransitionResult => ({ ok: false, code });

/**
 * The next state of an enrolment after `action`, or why the action is refused. `current` is null
 * for a person with no enrolment in the cohort (only `request` applies), or a withdrawn one
 * asking again.
 */
export const nextEnrolmentStatus = (
  current: EnrolmentStatus | null,
  action: EnrolmentAction,
  ctx: EnrolmentContext,
): TransitionResult => {
  switch (action) {
    case 'request':
      if (current !== null && current !== 'withdrawn') return refuse();
      if (ctx.requiresEndorsement || ctx.requiresApproval) return move('requested');
      return admit(ctx);
    case 'endorse':
      if (current !== 'requested' || !ctx.requiresEndorsement) return refuse();
      return ctx.requiresApproval ? move('endorsed') : admit(ctx);
    case 'approve':
      // A coordinator may approve without waiting for an endorsement (e.g. no liaison there).
      if (current !== 'requested' && current !== 'endorsed') return refuse();
      return admit(ctx);
    case 'reject':
      if (current !== 'requested' && current !== 'endorsed' && current !== 'waitlisted') return refuse();
      return move('rejected');
    case 'withdraw':
      if (current === null || !isActiveEnrolment(current)) return refuse();
      return move('withdrawn', holdsSeat(current));
    case 'promote':
      if (current !== 'waitlisted') return refuse();
      return ctx.seatsLeft > 0 ? { ok: true, status: 'enrolled', admitted: true, freesSeat: false } : refuse('no_seat');
    case 'start':
      return current === 'enrolled' ? move('in_progress') : refuse();
    case 'pass':
      return current === 'enrolled' || current === 'in_progress' ? move('passed') : refuse();
    case 'fail':
      return current === 'enrolled' || current === 'in_progress' ? move('failed') : refuse();
  }
};

/** The actions a person with `roles` may take on an enrolment in `status` now (for the SPA's buttons). */
export const availableEnrolmentActions = (
  status: EnrolmentStatus | null,
  roles: readonly Role[],
  ctx: EnrolmentContext,
): EnrolmentAction[] =>
  ENROLMENT_ACTIONS.filter(
    (action) =>
      ENROLMENT_ACTION_ROLES[action].some((role) => roles.includes(role)) && nextEnrolmentStatus(status, action, ctx).ok,
  );

/** Reasons (rejection, withdrawal by a coordinator) are required and short. */
export const ENROLMENT_REASON_MAX = 500;
