import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';
import { ROLES } from '#shared/roles.ts';

const roles = z.array(z.enum(ROLES));

export const employeeJoined = defineEvent({
  type: 'employee.joined',
  description:
    'Someone joined the department (§2.1.2): on AWS their sign-in account is made (Cognito emails a temporary password) in exactly the groups of their roles.',
  producer: 'employees',
  payload: z.object({
    employeeId: z.string(),
    email: z.string(),
    roles,
    supervisorId: z.optional(z.string()),
    joinedOn: z.string(),
  }),
});

export const employeeChanged = defineEvent({
  type: 'employee.changed',
  description:
    "A person moved team (another supervisor), or their roles or title changed: on AWS their sign-in account's groups follow the roles (from their next sign-in).",
  producer: 'employees',
  payload: z.object({
    employeeId: z.string(),
    email: z.string(),
    roles,
    supervisorId: z.optional(z.string()),
    /** What was before, for the fields that changed. */
    from: z.object({ roles: z.optional(roles), supervisorId: z.optional(z.nullable(z.string())) }),
  }),
});

export const employeeLeft = defineEvent({
  type: 'employee.left',
  description:
    "Someone left the department: their customers go to the successor (each a `customer.reassigned`, which moves the customer's open opportunities, quotes, contracts and follow-ups), and on AWS their sign-in account is disabled and signed out.",
  producer: 'employees',
  payload: z.object({
    employeeId: z.string(),
    email: z.string(),
    successorId: z.string(),
    leftOn: z.string(),
  }),
});
