import * as z from 'zod/mini';
import { text, ulidId } from '#shared/schemas.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COMPLAINT_STATUSES = ['open', 'answered', 'solved'] as const;

/** One step of a complaint's history: what happened, who, when. */
export const complaintStep = z.object({
  at: z.string(),
  by: z.string(),
  what: z.enum(['logged', 'note', 'answered', 'follow-up', 'reopened', 'solved', 'escalated']),
  text: z.optional(z.string()),
});
export type ComplaintStep = z.output<typeof complaintStep>;

/** A complaint: the customer's words and request, an owner, a deadline, the answer, the cure. */
export const complaint = z.object({
  id: z.string(),
  customerId: z.string(),
  /** The customer's rep: they own it until it is solved. */
  ownerId: z.string(),
  contactId: z.string(),
  severity: z.enum(SEVERITIES),
  /** The customer's class when it was logged (sets the deadline). */
  customerClass: z.enum(['A', 'B', 'C']),
  content: z.string(),
  request: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  /** When the customer must have an answer. */
  answerDueAt: z.string(),
  answer: z.optional(z.object({ text: z.string(), by: z.string(), at: z.string() })),
  rootCause: z.optional(z.string()),
  correctiveAction: z.optional(z.string()),
  escalatedAt: z.optional(z.string()),
  solvedAt: z.optional(z.string()),
  history: z.array(complaintStep),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Complaint = z.output<typeof complaint>;

export const newComplaint = z.strictObject({
  customerId: ulidId,
  contactId: ulidId,
  severity: z.enum(SEVERITIES),
  content: text(4000),
  /** What the customer asks for (a replacement, a refund, a visit …). */
  request: text(2000),
});

export const complaintNote = z.strictObject({ text: text(4000) });
export const complaintAnswer = z.strictObject({ text: text(4000) });
export const complaintFollowUp = z.union([
  z.strictObject({ solved: z.literal(false), text: text(4000) }),
  z.strictObject({
    /** The customer confirmed it is solved: the root cause and the corrective action are recorded. */
    solved: z.literal(true),
    text: text(4000),
    rootCause: text(2000),
    correctiveAction: text(2000),
  }),
]);

export const complaintListQuery = z.strictObject({
  customerId: z.optional(ulidId),
  status: z.optional(z.enum(COMPLAINT_STATUSES)),
});
