import { describe, expect, it } from 'vitest';
import type { Delegation } from '../../functions/approvals/delegation-model.ts';
import {
  assertDelegable,
  cancelledDelegation,
  delegateTakes,
  delegationOn,
} from '../../functions/approvals/delegation-rules.ts';
import { InvalidInput, NotAllowed, RuleViolation } from '../../functions/shared/domain-errors.ts';

const people = [
  { id: 'MGR', roles: ['sales_manager', 'supervisor'] },
  { id: 'DEPUTY', roles: ['sales_manager', 'supervisor', 'sales_rep'] },
  { id: 'HALF', roles: ['sales_manager'] },
  { id: 'GONE', roles: ['sales_manager', 'supervisor'], status: 'left' },
  { id: 'REP', roles: ['sales_rep'] },
];
const at = '2026-12-06T00:00:00.000Z';
const delegation = (from: string, to: string, status: Delegation['status'] = 'active'): Delegation => ({
  id: `D${from}`,
  approverId: 'MGR',
  delegateId: 'DEPUTY',
  from,
  to,
  reason: '出差',
  status,
  version: 1,
  createdAt: at,
  updatedAt: at,
});
const ask = (input: Partial<{ delegateId: string; from: string; to: string }>, current: Delegation[] = []) =>
  assertDelegable(
    people[0]!,
    { delegateId: 'DEPUTY', from: '2026-12-07', to: '2026-12-10', reason: '出差', ...input },
    people,
    current,
  );

/** The message of the field an InvalidInput names. */
function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error.fields[0]!.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('a delegation (an approver away names a delegate)', () => {
  it('goes to someone else, still here, with every deciding role the approver holds', () => {
    expect(() => ask({})).not.toThrow();
    expect(() => ask({ delegateId: 'MGR' })).toThrow(InvalidInput);
    expect(() => ask({ delegateId: 'GONE' })).toThrow(InvalidInput);
    expect(refusal(() => ask({ delegateId: 'HALF' }))).toMatch(/do not hold supervisor/);
    expect(() =>
      assertDelegable(
        people[4]!,
        { delegateId: 'MGR', from: '2026-12-07', to: '2026-12-08', reason: 'x' },
        people,
        [],
      ),
    ).toThrow(NotAllowed);
  });

  it('runs forward from its first day, at most 92 days, one at a time', () => {
    expect(() => ask({ from: '2026-12-10', to: '2026-12-07' })).toThrow(InvalidInput);
    expect(() => ask({ from: '2026-12-07', to: '2027-03-08' })).not.toThrow();
    expect(refusal(() => ask({ from: '2026-12-07', to: '2027-03-09' }))).toMatch(/92 days/);
    expect(() => ask({}, [delegation('2026-12-10', '2026-12-20')])).toThrow(RuleViolation);
    expect(() => ask({}, [delegation('2026-12-11', '2026-12-20')])).not.toThrow();
    expect(() => ask({}, [delegation('2026-12-01', '2026-12-20', 'cancelled')])).not.toThrow();
  });

  it('takes the steps of its days whose authority the delegate holds and whose subject is not theirs', () => {
    const all = [delegation('2026-12-01', '2026-12-05'), delegation('2026-12-07', '2026-12-10')];
    expect(delegationOn(all, '2026-12-07')?.id).toBe('D2026-12-07');
    expect(delegationOn(all, '2026-12-06')).toBeUndefined();
    expect(delegationOn([delegation('2026-12-07', '2026-12-10', 'cancelled')], '2026-12-08')).toBeUndefined();
    const step = { approverRole: 'sales_manager', subject: { ownerId: 'REP' } };
    expect(delegateTakes(step, people[1])).toBe(true);
    expect(delegateTakes({ ...step, subject: { ownerId: 'DEPUTY' } }, people[1])).toBe(false);
    expect(delegateTakes({ ...step, approverRole: 'legal' }, people[1])).toBe(false);
    expect(delegateTakes(step, people[3])).toBe(false);
    expect(delegateTakes(step, undefined)).toBe(false);
  });

  it('is cancelled by its approver only, once', () => {
    const current = delegation('2026-12-07', '2026-12-10');
    expect(cancelledDelegation(current, 'MGR', at)).toMatchObject({ status: 'cancelled', version: 2 });
    expect(() => cancelledDelegation(current, 'DEPUTY', at)).toThrow(NotAllowed);
    expect(() => cancelledDelegation({ ...current, status: 'cancelled' }, 'MGR', at)).toThrow(RuleViolation);
  });
});
