import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole, requireRole } from '#shared/caller.ts';
import { newResource, nextVersion } from '#shared/clock.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { invalid, notAllowed } from '#shared/domain-errors.ts';
import { CUSTOMER_OWNER_ROLES, type Role } from '#shared/roles.ts';
import type { Customer, CustomerFilter, CustomerPatch, NewCustomer } from './model.ts';

/** Roles that see and change every customer of the department. */
export const DEPARTMENT_WIDE: readonly Role[] = ['sales_manager', 'sales_admin'];
/** Roles that work with customers at all. */
export const CUSTOMER_ROLES: readonly Role[] = ['sales_manager', 'sales_admin', 'sales_rep'];

export const seesAllCustomers = (caller: Caller) => hasAnyRole(caller, DEPARTMENT_WIDE);

/** Checked by `assertCustomerAccess`. */
export const ownCustomer = defineOwnership(
  'own customer',
  'A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.',
);

/** A rep works only with their own customers; the manager and sales admin with all. */
export function assertCustomerAccess(caller: Caller, customer: Pick<Customer, 'id' | 'ownerId'>): void {
  requireRole(caller, CUSTOMER_ROLES, 'work with customers');
  if (!seesAllCustomers(caller) && customer.ownerId !== caller.id) {
    throw notAllowed(`Customer ${customer.id} belongs to another sales rep.`);
  }
}

/**
 * Case, width and spacing variants of a company name are the same company, and so are names that
 * differ only by characters that show nothing (zero-width spaces, soft hyphens).
 */
export function normalizeCompanyName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Who owns a new customer: a rep always owns what they file; the manager and sales admin name an
 * owner or, if they can own customers themselves, default to themselves.
 */
export function ownerOfNewCustomer(caller: Caller, requested: string | undefined): string {
  if (!seesAllCustomers(caller)) {
    if (requested !== undefined && requested !== caller.id) {
      throw notAllowed('A sales rep files customers for themselves only.');
    }
    return caller.id;
  }
  if (requested !== undefined) return requested;
  if (hasAnyRole(caller, CUSTOMER_OWNER_ROLES)) return caller.id;
  throw invalid([{ in: 'body', path: 'ownerId', message: 'Name the sales rep who owns the customer' }]);
}

export function newCustomerResource(
  input: NewCustomer,
  context: { ownerId: string; actorId: string; now?: string },
): Customer {
  return newResource(
    { ...input, ownerId: context.ownerId, class: null, createdBy: context.actorId },
    context.now,
  );
}

/** Applies a merge patch; only the manager and sales admin may hand a customer to another owner. */
export function patchedCustomer(
  current: Customer,
  patch: CustomerPatch,
  caller: Caller,
  now: string,
): Customer {
  if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId && !seesAllCustomers(caller)) {
    throw notAllowed('Only the sales manager or sales admin may reassign a customer.');
  }
  const next = mergePatch(current, patch);
  if (next.needs && Object.keys(next.needs).length === 0) delete next.needs;
  return nextVersion(next, now);
}

/**
 * Which partition a list reads: a rep's own, a named owner's, or the whole department's. A rep
 * asking for someone else's customers is refused rather than silently narrowed.
 */
export function customerListScope(
  caller: Caller,
  filter: CustomerFilter,
): { ownerId: string } | 'department' {
  if (!seesAllCustomers(caller)) {
    if (filter.owner !== undefined && filter.owner !== caller.id) {
      throw notAllowed('A sales rep sees only their own customers.');
    }
    return { ownerId: caller.id };
  }
  return filter.owner !== undefined ? { ownerId: filter.owner } : 'department';
}

/** The non-key filters of a customer list, as a DynamoDB filter expression. */
export function customerFilterExpression(filter: CustomerFilter) {
  const fields = (['class', 'status', 'industry', 'region'] as const).filter(
    (field) => filter[field] !== undefined,
  );
  if (fields.length === 0) return undefined;
  return {
    expression: fields.map((field) => `#${field} = :${field}`).join(' AND '),
    names: Object.fromEntries(fields.map((field) => [`#${field}`, field])),
    values: Object.fromEntries(fields.map((field) => [`:${field}`, filter[field]])),
  };
}
