import { daysBetween } from '#shared/calendar.ts';
import { nextVersion } from '#shared/clock.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import type { Role } from '#shared/roles.ts';
import { type Delegation, MAX_DELEGATION_DAYS, type NewDelegation } from './delegation-model.ts';
import type { Person } from './rules.ts';

/** The roles steps are decided under: what a delegate must hold of the approver's. */
const DECIDING_ROLES: readonly Role[] = [
  'sales_manager',
  'supervisor',
  'sales_admin',
  'legal',
  'finance',
  'general_manager',
  'production',
];

const active = (person: Person | undefined): person is Person => !!person && person.status !== 'left';

/**
 * A delegation as asked: someone else, still here, holding every deciding role the approver holds;
 * from a day not past to a later one, at most MAX_DELEGATION_DAYS; one delegate at a time.
 */
export function assertDelegable(
  approver: Person,
  input: NewDelegation,
  people: readonly Person[],
  current: readonly Delegation[],
): void {
  if (!DECIDING_ROLES.some((role) => approver.roles.includes(role)))
    throw notAllowed(
      'Only someone asked to decide steps (a manager, supervisor, legal, finance …) delegates.',
    );
  const delegate = people.find((person) => person.id === input.delegateId);
  const field = (path: string, message: string) => invalid([{ in: 'body', path, message }]);
  if (input.delegateId === approver.id) throw field('delegateId', 'Nobody delegates to themself');
  if (!active(delegate)) throw field('delegateId', 'No active employee with this id');
  const missing = DECIDING_ROLES.filter(
    (role) => approver.roles.includes(role) && !delegate.roles.includes(role),
  );
  if (missing.length > 0)
    throw field('delegateId', `A delegate holds the same authority: they do not hold ${missing.join(', ')}`);
  if (input.to < input.from) throw field('to', 'Must not be before from');
  if (daysBetween(input.from, input.to) + 1 > MAX_DELEGATION_DAYS)
    throw field('to', `A delegation runs at most ${MAX_DELEGATION_DAYS} days`);
  const overlapping = current.find(
    (other) => other.status === 'active' && other.from <= input.to && input.from <= other.to,
  );
  if (overlapping)
    throw conflict(
      `A delegation to ${overlapping.delegateId} runs ${overlapping.from} to ${overlapping.to}: cancel it first.`,
    );
}

/** The approver's delegation in force on a day, if any. */
export const delegationOn = (delegations: readonly Delegation[], day: string): Delegation | undefined =>
  delegations.find(
    (delegation) => delegation.status === 'active' && delegation.from <= day && day <= delegation.to,
  );

/**
 * Whether the delegate takes a step asked of the approver: they hold its authority today (roles may
 * have changed since the delegation), are still here, and do not own the subject. Otherwise the step
 * stays with the approver.
 */
export function delegateTakes(
  step: { approverRole: string; subject: { ownerId: string } },
  delegate: Person | undefined,
): delegate is Person {
  return (
    active(delegate) && delegate.roles.includes(step.approverRole) && delegate.id !== step.subject.ownerId
  );
}

/** Cancelled by the approver: steps already routed stay with the delegate. */
export function cancelledDelegation(current: Delegation, callerId: string, now: string): Delegation {
  if (current.approverId !== callerId) throw notAllowed('Only the approver cancels their delegation.');
  if (current.status === 'cancelled') throw conflict('The delegation is cancelled already.');
  return nextVersion({ ...current, status: 'cancelled' as const, cancelledAt: now }, now);
}
