import * as z from 'zod/mini';
import { taxSummary } from '#shared/money.ts';
import { rejection } from '../approvals/public.ts';
import { dateWithin, line, pastDate, resourceFields, text, ulidId, named } from '#shared/schemas.ts';
import { quoteLine } from '../sales/public.ts';
import { creditCheck } from '#shared/credit.ts';

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

/**
 * The signature (§3.4.3): who signed for each side, both stamps on the signed copy, and the scan of
 * that copy in the archive. A contract takes effect only when all of it is recorded.
 */
export const signing = z.strictObject({
  /** The day both sides signed: not in the future. */
  signedOn: pastDate,
  ourSignatory: line(100),
  customerSignatory: line(100),
  /** Our contract stamp (合同专用章) is on the signed copy: a contract without it does not take effect. */
  ourStamp: z.literal(true, 'The contract takes effect only with our stamp on the signed copy.'),
  /** The customer's stamp is on the signed copy. */
  customerStamp: z.literal(
    true,
    'The contract takes effect only with the customer’s stamp on the signed copy.',
  ),
  /** The archived document (`POST /documents`, type `contract`, the contract's customer) holding the scan of the signed, stamped copy; its file must be uploaded. */
  signedScanId: ulidId,
});

export type { Rejection } from '../approvals/public.ts';

/** A contract as stored and shown (one declaration: the type and the OpenAPI schema). */
export const contract = named(
  'Contract',
  z.object({
    ...resourceFields,
    customerId: z.string(),
    ownerId: z.string(),
    quoteId: z.string(),
    quoteRevision: z.int(),
    currency: z.string(),
    lines: z.array(quoteLine),
    /** What the customer pays, VAT included. */
    total: z.int(),
    /** The VAT inside the total, as the quote revision priced it (absent on older contracts). */
    tax: z.optional(taxSummary),
    deliveryDate: z.string(),
    paymentTerms: z.string(),
    afterSalesTerms: z.string(),
    qualityStandard: z.string(),
    breachLiability: z.string(),
    status: z.enum(CONTRACT_STATUSES),
    /** Review rounds started so far. */
    reviewRound: z.int(),
    lastRejection: z.optional(rejection),
    /** The customer's credit as the last submission found it; `needsOverride` put a credit-override step first. */
    credit: z.optional(creditCheck),
    /** Recorded when it was signed; the stamps and the scan are absent from contracts signed before they were required. */
    signing: z.optional(
      z.object({
        signedOn: z.string(),
        ourSignatory: z.string(),
        customerSignatory: z.string(),
        ourStamp: z.optional(z.boolean()),
        customerStamp: z.optional(z.boolean()),
        signedScanId: z.optional(z.string()),
      }),
    ),
  }),
);
export type Contract = z.output<typeof contract>;
