import { forbidden } from './problem.ts';
import { isRole, type Role } from './roles.ts';

/** Who is calling, from the claims the JWT authorizer passed on. */
export interface Caller {
  /** The token subject; employees are stored under it. */
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

export function callerFromClaims(claims: Claims | undefined): Caller | undefined {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  const email = claims?.email;
  return {
    id: sub,
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
