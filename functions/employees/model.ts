import * as z from 'zod/mini';
import { ROLES } from '#shared/roles.ts';
import { resourceFields, named } from '#shared/schemas.ts';

export const employee = named(
  'Employee',
  z.object({
    ...resourceFields,
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLES)),
    /** At most one direct superior. */
    supervisorId: z.optional(z.string()),
    title: z.optional(z.string()),
    locale: z.enum(['zh-CN', 'en']),
  }),
);
export type Employee = z.output<typeof employee>;
