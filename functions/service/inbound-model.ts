import * as z from 'zod/mini';
import { named, text, ulidId } from '#shared/schemas.ts';
import { attachment, SEVERITIES } from './model.ts';

/** Where SES's S3 action stores each received email: the documents bucket, under this prefix. */
export const INBOUND_PREFIX = 'inbound';
/** Where the files that come with them are kept: a prefix of their own, which only the receiver writes. */
export const ATTACHMENT_PREFIX = 'inbound-attachments';
/** Files kept of one email, and the largest kept; others are named in `skippedAttachments`. */
export const MOST_ATTACHMENTS = 10;
export const MOST_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const INBOUND_STATUSES = ['open', 'filed', 'dismissed'] as const;

/** A customer's email to the service address, as received and as handled. */
export const inboundMessage = named(
  'InboundMessage',
  z.object({
    id: z.string(),
    from: z.string(),
    fromName: z.optional(z.string()),
    subject: z.string(),
    text: z.string(),
    /** The files it came with (kept), and the names of those not kept (too many, too large). */
    attachments: z.optional(z.array(attachment)),
    skippedAttachments: z.optional(z.array(z.string())),
    receivedAt: z.string(),
    status: z.enum(INBOUND_STATUSES),
    /** The contact it came from (matched by address, or named when filed). */
    customerId: z.optional(z.string()),
    contactId: z.optional(z.string()),
    complaintId: z.optional(z.string()),
    handledBy: z.optional(z.string()),
    dismissal: z.optional(z.string()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type InboundMessage = z.output<typeof inboundMessage>;

/** Sales admin files a message from an unknown sender as a complaint of a customer's contact. */
export const inboundFiling = z.strictObject({
  customerId: ulidId,
  contactId: ulidId,
  severity: z.enum(SEVERITIES),
  /** What the customer asks for, where the message does not say it plainly. */
  request: z.optional(text(2000)),
});

export const inboundDismissal = z.strictObject({ reason: text(1000) });

export const inboundListQuery = z.strictObject({ status: z.optional(z.enum(INBOUND_STATUSES)) });
