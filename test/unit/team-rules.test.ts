import { describe, expect, it } from 'vitest';
import type { Employee } from '../../functions/employees/model.ts';
import { assertSupervisor, leftEmployee, movedEmployee } from '../../functions/employees/rules.ts';
import { InvalidInput, NotAllowed, RuleViolation } from '../../functions/shared/domain-errors.ts';

const at = '2026-12-06T08:00:00.000Z';
const person = (id: string, roles: Employee['roles'], supervisorId?: string, status?: 'left'): Employee => ({
  id,
  name: id,
  email: `${id}@x.example`,
  roles,
  ...(supervisorId ? { supervisorId } : {}),
  locale: 'zh-CN',
  ...(status ? { status, leftOn: '2026-11-30' } : {}),
  version: 1,
  createdAt: at,
  updatedAt: at,
});
// boss ← lead ← rep; gone left.
const boss = person('boss', ['sales_manager']);
const lead = person('lead', ['supervisor', 'sales_rep'], 'boss');
const rep = person('rep', ['sales_rep'], 'lead');
const gone = person('gone', ['sales_rep'], undefined, 'left');
const admin = person('admin', ['sales_admin']);
const people = [boss, lead, rep, gone, admin];

describe('supervisors (§2.1.2: the team is the line of supervisors)', () => {
  it('is an active colleague whose line does not come back to the person', () => {
    expect(() => assertSupervisor('rep', 'lead', people)).not.toThrow();
    expect(() => assertSupervisor('new', 'rep', people)).not.toThrow();
    expect(() => assertSupervisor('rep', 'rep', people)).toThrow(InvalidInput);
    expect(() => assertSupervisor('rep', 'gone', people)).toThrow(InvalidInput);
    expect(() => assertSupervisor('rep', 'nobody', people)).toThrow(InvalidInput);
    // boss under rep: rep → lead → boss goes round.
    const error = (() => {
      try {
        assertSupervisor('boss', 'rep', people);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).fields[0]!.message).toMatch(/round/);
  });
});

describe('a move', () => {
  it('takes the patch, removes with null, and bumps the version', () => {
    const moved = movedEmployee(rep, { supervisorId: 'boss', title: '代表' }, 'boss', people, at);
    expect(moved).toMatchObject({ supervisorId: 'boss', title: '代表', version: 2 });
    expect(movedEmployee(rep, { supervisorId: null }, 'boss', people, at)).not.toHaveProperty('supervisorId');
  });

  it('is never one’s own roles or team, never a leaver’s, and keeps a sales manager', () => {
    expect(() => movedEmployee(boss, { roles: ['sales_rep'] }, 'boss', people, at)).toThrow(NotAllowed);
    expect(() => movedEmployee(boss, { title: '经理' }, 'boss', people, at)).not.toThrow();
    expect(() => movedEmployee(gone, { title: 'x' }, 'boss', people, at)).toThrow(RuleViolation);
    expect(() => movedEmployee(boss, { roles: ['sales_rep'] }, 'admin', people, at)).toThrow(
      /no sales manager/,
    );
    const deputy = person('deputy', ['sales_manager']);
    expect(movedEmployee(boss, { roles: ['sales_rep'] }, 'deputy', [...people, deputy], at).roles).toEqual([
      'sales_rep',
    ]);
  });
});

describe('leaving', () => {
  it('records the day, the successor and the reason', () => {
    expect(
      leftEmployee(rep, { successorId: 'lead', reason: '个人原因' }, 'boss', people, '2026-12-06', at),
    ).toMatchObject({
      status: 'left',
      leftOn: '2026-12-06',
      successorId: 'lead',
      leavingReason: '个人原因',
      version: 2,
    });
    expect(
      leftEmployee(rep, { successorId: 'boss', leftOn: '2026-12-31' }, 'boss', people, '2026-12-06', at)
        .leftOn,
    ).toBe('2026-12-31');
  });

  it('needs an active rep or manager to take over, nobody left to supervise, and someone else to record it', () => {
    const leave = (who: Employee, successorId: string, callerId = 'boss') =>
      leftEmployee(who, { successorId }, callerId, people, '2026-12-06', at);
    expect(() => leave(rep, 'admin')).toThrow(InvalidInput);
    expect(() => leave(rep, 'gone')).toThrow(InvalidInput);
    expect(() => leave(rep, 'rep')).toThrow(InvalidInput);
    expect(() => leave(lead, 'boss')).toThrow(/still supervises rep/);
    expect(() => leave(gone, 'boss')).toThrow(RuleViolation);
    expect(() => leave(rep, 'lead', 'rep')).toThrow(NotAllowed);
    const soleManager = person('solo', ['sales_manager']);
    expect(() =>
      leftEmployee(soleManager, { successorId: 'rep' }, 'admin', [soleManager, rep, admin], '2026-12-06', at),
    ).toThrow(/no sales manager/);
  });
});
