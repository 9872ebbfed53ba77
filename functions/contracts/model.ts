import * as z from 'zod/mini';
import { dateWithin, pastDate, text, ulidId } from '#shared/schemas.ts';
import type { QuoteLine } from '../sales/public.ts';
import type { Rejection } from '../approvals/public.ts';

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

export type { Rejection } from '../approvals/public.ts';

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
