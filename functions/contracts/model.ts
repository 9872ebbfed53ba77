import * as z from 'zod/mini';
import { dateWithin, pastDate, text, ulidId } from '#shared/schemas.ts';
import type { QuoteLine } from '../sales/model.ts';

export const CONTRACT_STATUSES = ['draft', 'under_review', 'approved', 'effective'] as const;

export const newContract = z.strictObject({
  quoteId: ulidId,
  /** Quality standard the products must meet (e.g. GB/T, ISO, the customer's drawing). */
  qualityStandard: text(2000),
  /** Liability for breach of contract. */
  breachLiability: text(4000),
});

/** Only a draft changes; everything else came from the accepted quote revision. */
export const contractPatch = z
  .strictObject({
    qualityStandard: z.optional(text(2000)),
    breachLiability: z.optional(text(4000)),
    deliveryDate: z.optional(dateWithin(10)),
    paymentTerms: z.optional(text(1000)),
    afterSalesTerms: z.optional(text(1000)),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, 'The patch changes nothing'));

export const signing = z.strictObject({
  /** The day both sides signed: not in the future. */
  signedOn: pastDate,
  ourSignatory: text(100),
  customerSignatory: text(100),
});

export interface Rejection {
  step: string;
  comment: string;
  by: string;
  at: string;
}

export type Contract = {
  id: string;
  customerId: string;
  ownerId: string;
  quoteId: string;
  quoteRevision: number;
  currency: string;
  lines: QuoteLine[];
  total: number;
  deliveryDate: string;
  paymentTerms: string;
  afterSalesTerms: string;
  qualityStandard: string;
  breachLiability: string;
  status: (typeof CONTRACT_STATUSES)[number];
  /** Review rounds started so far. */
  reviewRound: number;
  lastRejection?: Rejection;
  signing?: z.output<typeof signing>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** What the review workflow's outcome Task sends. */
export const reviewOutcome = z.object({
  outcome: z.enum(['approved', 'rejected', 'timed-out', 'failed']),
  subject: z.object({ type: z.literal('contract'), id: z.string() }),
  round: z.int(),
  /** Step Functions' error output: `Cause` holds the rejecting decision as JSON. */
  rejection: z.optional(z.object({ Error: z.string(), Cause: z.optional(z.string()) })),
  /** What made the review fail (a Task's error), for the catch-all. */
  failure: z.optional(z.object({ Error: z.string(), Cause: z.optional(z.string()) })),
});
