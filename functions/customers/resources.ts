import * as z from 'zod/mini';
import { resourceFields, named } from '#shared/schemas.ts';
import {
  contactFields,
  CUSTOMER_CLASSES,
  customerFields,
  FOLLOW_UP_STATUSES,
  INTERACTION_CHANNELS,
} from './model.ts';

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

/** A planned follow-up (see the `FollowUp` entity): open until the next record with the customer keeps it. */
export const followUp = named(
  'FollowUp',
  z.object({
    /** The id of the communication record that planned it. */
    id: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    /** The customer's rep, who is reminded. */
    ownerId: z.string(),
    plannedBy: z.string(),
    /** When the planning contact took place (UTC). */
    plannedAt: z.string(),
    /** The day to follow up (the record's `nextFollowUp`). */
    dueOn: z.string(),
    /** What the planning record said. */
    summary: z.string(),
    status: z.enum(FOLLOW_UP_STATUSES),
    /** The record that kept it, its time, and whether that was after the day. */
    keptBy: z.optional(z.string()),
    keptAt: z.optional(z.string()),
    late: z.optional(z.boolean()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
