import * as z from 'zod/mini';
import { employeeId, isoDate, pastDateTime, resourceFields, text, ulidId, named } from '#shared/schemas.ts';
import { INTERACTION_CHANNELS } from '../customers/public.ts';

export const REVISIT_STATUSES = ['open', 'completed'] as const;

/** A revisit as stored and shown. */
export const revisit = named(
  'Revisit',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    customerName: z.string(),
    ownerId: z.string(),
    status: z.enum(REVISIT_STATUSES),
    openedOn: z.string(),
    dueOn: z.string(),
    /** Why it was opened, in words. */
    reason: z.string(),
    completedAt: z.optional(z.string()),
    completedBy: z.optional(z.string()),
    outcome: z.optional(z.string()),
    /** 1 (unhappy) to 5 (very satisfied). */
    satisfaction: z.optional(z.int()),
    /** The communication record written on completion. */
    interactionId: z.optional(z.string()),
  }),
);
export type Revisit = z.output<typeof revisit>;

export const completion = z.strictObject({
  outcome: text(2000),
  satisfaction: z.int().check(z.minimum(1), z.maximum(5)),
  channel: z._default(z.enum(INTERACTION_CHANNELS), 'call'),
  /** When the revisit took place; now when left out. */
  occurredAt: z.optional(pastDateTime),
  contactId: z.optional(ulidId),
});
export type Completion = z.output<typeof completion>;

export const revisitListQuery = z.strictObject({
  status: z.optional(z.enum(REVISIT_STATUSES)),
  /** Only revisits due before this date. */
  dueBefore: z.optional(isoDate),
  customer: z.optional(ulidId),
  /** Another rep's revisits, or `all` (manager and sales admin). */
  owner: z.optional(employeeId),
});
export type RevisitFilter = z.output<typeof revisitListQuery>;

/** A care message (the send-once record and timeline entry) as stored and shown. */
export const careMessage = named(
  'CareMessage',
  z.object({
    customerId: z.string(),
    contactId: z.string(),
    contactName: z.string(),
    email: z.string(),
    language: z.enum(['zh-CN', 'en']),
    occasion: z.string(),
    date: z.string(),
    status: z.enum(['sending', 'sent']),
    messageId: z.optional(z.string()),
    sentAt: z.optional(z.string()),
  }),
);
export type CareMessage = z.output<typeof careMessage>;
