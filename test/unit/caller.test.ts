import { describe, expect, it } from 'vitest';
import { callerFromClaims, parseGroups, requireRole } from '../../functions/shared/caller.ts';
import { HttpProblem } from '../../functions/shared/problem.ts';

describe('parseGroups', () => {
  it('reads the bracketed string API Gateway passes on', () => {
    expect(parseGroups('[sales_rep supervisor]')).toEqual(['sales_rep', 'supervisor']);
  });
  it('reads real arrays and comma lists', () => {
    expect(parseGroups(['legal'])).toEqual(['legal']);
    expect(parseGroups('finance,auditor')).toEqual(['finance', 'auditor']);
  });
  it('ignores unknown groups and missing claims', () => {
    expect(parseGroups('[admins sales_admin]')).toEqual(['sales_admin']);
    expect(parseGroups(undefined)).toEqual([]);
    expect(parseGroups('')).toEqual([]);
  });
});

describe('callerFromClaims', () => {
  it('needs a subject', () => {
    expect(callerFromClaims(undefined)).toBeUndefined();
    expect(callerFromClaims({ email: 'a@b.example' })).toBeUndefined();
  });
  it('lower-cases the email and collects roles', () => {
    const caller = callerFromClaims({
      sub: 'E1',
      email: 'Li.Na@Example.COM',
      'cognito:groups': '[sales_rep]',
    });
    expect(caller).toEqual({ id: 'E1', email: 'li.na@example.com', roles: new Set(['sales_rep']) });
  });
});

describe('the employee id of an account', () => {
  it('is the account’s employee_id when it carries one (joined through the API), else the subject', () => {
    expect(callerFromClaims({ sub: 'sub-1', 'custom:employee_id': '01KJOINED' })?.id).toBe('01KJOINED');
    expect(callerFromClaims({ sub: 'sub-1', 'custom:employee_id': '' })?.id).toBe('sub-1');
    expect(callerFromClaims({ sub: 'sub-1' })?.id).toBe('sub-1');
    // Without a subject there is no token at all, whatever else it says.
    expect(callerFromClaims({ 'custom:employee_id': '01KJOINED' })).toBeUndefined();
  });
});

describe('requireRole', () => {
  it('throws 403 naming the roles that may act', () => {
    const caller = { id: 'E1', email: undefined, roles: new Set(['legal'] as const) };
    try {
      requireRole(caller, ['sales_manager', 'sales_admin'], 'list employees');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpProblem);
      expect((error as HttpProblem).status).toBe(403);
      expect((error as HttpProblem).message).toBe('Only sales_manager, sales_admin may list employees.');
    }
  });
});
