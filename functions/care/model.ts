import * as z from 'zod/mini';
import { employeeId, isoDate, pastDateTime, text, ulidId } from '#shared/schemas.ts';
import { INTERACTION_CHANNELS } from '../customers/public.ts';

export const REVISIT_STATUSES = ['open', 'completed'] as const;

export type Revisit = {
  id: string;
  customerId: string;
  customerName: string;
  ownerId: string;
  status: (typeof REVISIT_STATUSES)[number];
  openedOn: string;
  dueOn: string;
  /** Why it was opened, in words. */
  reason: string;
  completedAt?: string;
  completedBy?: string;
  outcome?: string;
  /** 1 (unhappy) to 5 (very satisfied). */
  satisfaction?: number;
  /** The communication record written on completion. */
  interactionId?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

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

export interface CareMessage {
  customerId: string;
  contactId: string;
  contactName: string;
  email: string;
  language: 'zh-CN' | 'en';
  occasion: string;
  date: string;
  status: 'sending' | 'sent';
  messageId?: string;
  sentAt?: string;
}
