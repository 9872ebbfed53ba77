import { forbidden } from './problem.ts';
import { isRole, type Role } from './roles.ts';

/** Who is calling, from the claims the JWT authorizer passed on. */
export interface Caller {
  /** The employee id: the account's `custom:employee_id`, else the token subject. */
  id: string;
  email: string | undefined;
  roles: ReadonlySet<Role>;
}

export type Claims = Record<string, string | number | boolean | string[] | undefined>;

/**
 * API Gateway's JWT authorizer flattens array claims into strings such as `[sales_rep supervisor]`;
 * tokens read directly carry real arrays. Both are accepted; unknown group names are ignored.
 */
export function parseGroups(value: Claims[string]): Role[] {
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean') return [];
  const names = Array.isArray(value)
    ? value
    : value
        .replace(/^\[|\]$/g, '')
        .split(/[\s,]+/)
        .map((name) => name.replace(/^"|"$/g, ''));
  return names.filter(isRole);
}

/**
 * The user pool attribute that names the employee of an account made for someone who joined
 * through the API (immutable: set once, by the employees domain, when the account is made). An
 * account made by `npm run employee` has none: its profile is filed under the token subject.
 */
export const EMPLOYEE_ID_ATTRIBUTE = 'employee_id';
export const EMPLOYEE_ID_CLAIM = `custom:${EMPLOYEE_ID_ATTRIBUTE}`;

export function callerFromClaims(claims: Claims | undefined): Caller | undefined {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  const email = claims?.email;
  const employeeId = claims?.[EMPLOYEE_ID_CLAIM];
  return {
    id: typeof employeeId === 'string' && employeeId !== '' ? employeeId : sub,
    email: typeof email === 'string' ? email.toLowerCase() : undefined,
    roles: new Set(parseGroups(claims?.['cognito:groups'])),
  };
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return roles.some((role) => caller.roles.has(role));
}

/** Throws 403 unless the caller holds one of the roles. */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (!hasAnyRole(caller, roles)) throw forbidden(`Only ${roles.join(', ')} may ${action}.`);
}
