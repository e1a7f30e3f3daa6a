import { ENROLMENT_STATUSES } from './catalogue';
import type { EnrolmentStatus } from './catalogue';
import { availableEnrolmentActions, holdsSeat, nextEnrolmentStatus } from './enrolment';
import type { EnrolmentContext } from './enrolment';

const both: EnrolmentContext = { requiresEndorsement: true, requiresApproval: true, seatsLeft: 5 };
const open: EnrolmentContext = { requiresEndorsement: false, requiresApproval: false, seatsLeft: 5 };
const full = (ctx: EnrolmentContext): EnrolmentContext => ({ ...ctx, seatsLeft: 0 });
const status = (current: EnrolmentStatus | null, action: Parameters<typeof nextEnrolmentStatus>[1], ctx: EnrolmentContext) => {
  const result = nextEnrolmentStatus(current, action, ctx);
  return result.ok ? result.status : `refused:${result.code}`;
};

describe('enrolment state machine', () => {
  it('waits for the liaison and then the coordinator when the course asks for both', () => {
    expect(status(null, 'request', both)).toBe('requested');
    expect(status('requested', 'endorse', both)).toBe('endorsed');
    expect(status('endorsed', 'approve', both)).toBe('enrolled');
    expect(status('endorsed', 'approve', full(both))).toBe('waitlisted');
  });

  it('admits on request, in order, when the course asks for neither gate', () => {
    expect(status(null, 'request', open)).toBe('enrolled');
    expect(status(null, 'request', full(open))).toBe('waitlisted');
  });

  it('admits right after the endorsement when no approval is asked', () => {
    const endorseOnly = { ...open, requiresEndorsement: true };
    expect(status(null, 'request', endorseOnly)).toBe('requested');
    expect(status('requested', 'endorse', endorseOnly)).toBe('enrolled');
    expect(status('requested', 'endorse', full(endorseOnly))).toBe('waitlisted');
  });

  it('refuses an endorsement the course does not ask for, and lets a coordinator approve without one', () => {
    const approvalOnly = { ...open, requiresApproval: true };
    expect(status('requested', 'endorse', approvalOnly)).toBe('refused:invalid_transition');
    expect(status('requested', 'approve', both)).toBe('enrolled');
  });

  it('marks the admission so the caller knows a seat or a queue place was taken', () => {
    const result = nextEnrolmentStatus('endorsed', 'approve', both);
    expect(result).toEqual({ ok: true, status: 'enrolled', admitted: true, freesSeat: false });
    expect(nextEnrolmentStatus(null, 'request', both)).toMatchObject({ admitted: false });
  });

  it('lets only pending and waitlisted requests be rejected', () => {
    for (const from of ['requested', 'endorsed', 'waitlisted'] as const) expect(status(from, 'reject', both)).toBe('rejected');
    for (const from of ['enrolled', 'in_progress', 'passed', 'failed', 'withdrawn', 'rejected'] as const) {
      expect(status(from, 'reject', both)).toBe('refused:invalid_transition');
    }
  });

  it('frees a seat only when a seat holder withdraws', () => {
    expect(nextEnrolmentStatus('enrolled', 'withdraw', both)).toMatchObject({ status: 'withdrawn', freesSeat: true });
    expect(nextEnrolmentStatus('in_progress', 'withdraw', both)).toMatchObject({ status: 'withdrawn', freesSeat: true });
    expect(nextEnrolmentStatus('waitlisted', 'withdraw', both)).toMatchObject({ status: 'withdrawn', freesSeat: false });
    expect(nextEnrolmentStatus('requested', 'withdraw', both)).toMatchObject({ status: 'withdrawn', freesSeat: false });
    for (const from of ['passed', 'failed', 'rejected', 'withdrawn'] as const) expect(status(from, 'withdraw', both)).toBe('refused:invalid_transition');
  });

  it('promotes from the waitlist only when a place is free', () => {
    expect(status('waitlisted', 'promote', both)).toBe('enrolled');
    expect(status('waitlisted', 'promote', full(both))).toBe('refused:no_seat');
    expect(status('requested', 'promote', both)).toBe('refused:invalid_transition');
  });

  it('lets a withdrawn person ask again, but nobody ask twice', () => {
    expect(status('withdrawn', 'request', both)).toBe('requested');
    for (const from of ENROLMENT_STATUSES.filter((s) => s !== 'withdrawn')) expect(status(from, 'request', both)).toBe('refused:invalid_transition');
  });

  it('starts, passes and fails only people holding a place who have not finished', () => {
    expect(status('enrolled', 'start', both)).toBe('in_progress');
    expect(status('in_progress', 'start', both)).toBe('refused:invalid_transition');
    expect(status('in_progress', 'pass', both)).toBe('passed');
    expect(status('enrolled', 'fail', both)).toBe('failed');
    for (const from of ['requested', 'waitlisted', 'passed', 'failed', 'withdrawn'] as const) {
      expect(status(from, 'pass', both)).toBe('refused:invalid_transition');
      expect(status(from, 'fail', both)).toBe('refused:invalid_transition');
    }
  });

  it('never turns a final state into anything else', () => {
    for (const from of ['rejected', 'passed', 'failed'] as const) {
      for (const action of ['request', 'endorse', 'approve', 'reject', 'withdraw', 'promote', 'start', 'pass', 'fail'] as const) {
        expect(nextEnrolmentStatus(from, action, both).ok).toBe(false);
      }
    }
  });

  it('offers each role only the actions it may take now', () => {
    expect(availableEnrolmentActions('requested', ['municipal_liaison'], both)).toEqual(['endorse', 'reject']);
    expect(availableEnrolmentActions('requested', ['coordinator'], both)).toEqual(['endorse', 'approve', 'reject', 'withdraw']);
    expect(availableEnrolmentActions('enrolled', ['participant'], both)).toEqual(['withdraw']);
    expect(availableEnrolmentActions(null, ['participant'], both)).toEqual(['request']);
    expect(availableEnrolmentActions('in_progress', ['participant'], both)).not.toContain('pass');
  });

  it('counts as seats exactly the states that hold a place', () => {
    expect(ENROLMENT_STATUSES.filter(holdsSeat)).toEqual(['enrolled', 'in_progress', 'passed', 'failed']);
  });
});
