import type { Role } from './roles.ts';

/**
 * Who may call an operation, declared on it (`roles`, `ownership`): the pipeline refuses a caller
 * without one of the roles before anything is read; an ownership rule is checked by the operation
 * once it has read the record, by the function beside the rule's declaration. Both are shown on the
 * operation in the OpenAPI document and in docs/authorization.md.
 */
export interface OwnershipRule {
  name: string;
  description: string;
}

export const defineOwnership = (name: string, description: string): OwnershipRule => ({ name, description });

/** Every signed-in employee, whatever their roles; an ownership rule then decides. */
export const ANY_EMPLOYEE = 'any employee';

export type Roles = readonly Role[] | typeof ANY_EMPLOYEE;

/** The caller's own records only: their profile, their approvals, their own evaluation. */
export const self = defineOwnership('self', "The caller's own records only.");
