import * as z from 'zod/mini';
import { resourceFields, named } from '#shared/schemas.ts';
import { contactFields, CUSTOMER_CLASSES, customerFields, INTERACTION_CHANNELS } from './model.ts';

/** What the API answers: stored resources as clients see them (for the OpenAPI document). */
export const customer = named(
  'Customer',
  z.object({
    ...resourceFields,
    ...customerFields,
    ownerId: z.string(),
    /** Set by the classification job; null until then. */
    class: z.nullable(z.enum(CUSTOMER_CLASSES)),
    createdBy: z.string(),
  }),
);

export const contact = named(
  'Contact',
  z.object({ ...resourceFields, customerId: z.string(), ...contactFields }),
);

export const interaction = named(
  'Interaction',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    recordedBy: z.string(),
    channel: z.enum(INTERACTION_CHANNELS),
    occurredAt: z.string(),
    contactId: z.optional(z.string()),
    summary: z.string(),
    outcome: z.optional(z.string()),
    nextFollowUp: z.optional(z.string()),
  }),
);
