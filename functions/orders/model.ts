import * as z from 'zod/mini';
import { rejection } from '../approvals/public.ts';
import { dateWithin, isoDate, line, pastDate, text, ulidId, named } from '#shared/schemas.ts';
import { contractSigned } from '../contracts/public.ts';
import { quoteLine } from '../sales/public.ts';
import { AGING_BUCKETS } from './receivable-rules.ts';

/**
 * Where an order stands: review, production (awaiting production's acceptance, in
 * production, ready to ship), shipping (part shipped, all shipped), receipt (a problem reported,
 * delivered) and completion.
 */
export const ORDER_STATUSES = [
  'received',
  'under_review',
  'returned',
  'awaiting_production',
  'in_production',
  'ready_to_ship',
  'shipping',
  'shipped',
  'receipt_issue',
  'delivered',
  'completed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** What a receipt can report wrong. */
export const RECEIPT_PROBLEMS = ['damage', 'quantity_mismatch', 'wrong_item', 'other'] as const;

/** An order as stored and shown (one declaration: the type and the OpenAPI schema). */
export const order = named(
  'Order',
  z.object({
    /** The contract's id: one order per contract. */
    id: z.string(),
    /** What the signed contract says: lines, total, delivery date, payment terms, rep. */
    ...contractSigned.payload.def.shape,
    status: z.enum(ORDER_STATUSES),
    /** Review rounds started so far (sales admin's order review). */
    reviewRound: z.int(),
    /** Why the last review sent it back to the rep. */
    lastReturn: z.optional(rejection),
    /** Production's planned completion date, set when it accepts the order. */
    plannedCompletion: z.optional(z.string()),
    /** Production's last progress report. */
    progress: z.optional(z.object({ percent: z.optional(z.int()), milestone: z.optional(z.string()) })),
    /** Quantity shipped so far of each line (same order as `lines`). */
    shippedQuantities: z.array(z.int()),
    /** The receipt, confirmed by the customer's contact from the emailed link or recorded by the rep. */
    receipt: z.optional(
      z.object({
        at: z.string(),
        by: z.string(),
        via: z.enum(['customer-link', 'rep']),
        receivedOn: z.string(),
      }),
    ),
    /** Receipt problems not resolved yet: the order completes only at 0. */
    openIssues: z.int(),
    /** The fulfilment workflow's run (a stalled run is started again as the next one). */
    fulfilmentRun: z.int(),
    /** The fulfilment workflow gave up waiting or failed: sales admin starts it again. */
    stalled: z.optional(z.object({ at: z.string(), reason: z.string() })),
    completedOn: z.optional(z.string()),
    /** Amendments requested so far; the number of the one under review, if any. */
    amendments: z.int(),
    amendmentUnderReview: z.optional(z.int()),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Order = z.output<typeof order>;

/** What production and logistics see of an order: no customer prices. */
export const orderWorkView = named(
  'OrderWorkView',
  z.object({
    ...z.omit(order, { total: true, tax: true, lines: true }).def.shape,
    lines: z.array(
      z.omit(quoteLine, {
        unitPrice: true,
        discountBasisPoints: true,
        lineTotal: true,
        vatRateBasisPoints: true,
        netAmount: true,
        taxAmount: true,
      }),
    ),
  }),
);
export type OrderWorkView = z.output<typeof orderWorkView>;

export const shipmentLine = named(
  'ShipmentLine',
  z.object({
    /** The order line's position (0-based). */
    line: z.int(),
    productId: z.string(),
    productName: z.string(),
    model: z.string(),
    quantity: z.int(),
  }),
);

/** One shipment: partial shipments are allowed. */
export const shipment = named(
  'Shipment',
  z.object({
    id: z.string(),
    orderId: z.string(),
    lines: z.array(shipmentLine),
    carrier: z.string(),
    trackingNumber: z.string(),
    shippedOn: z.string(),
    recordedBy: z.string(),
    at: z.string(),
  }),
);
export type Shipment = z.output<typeof shipment>;

/** A problem the receipt reported, which the rep resolves before the order completes. */
export const receiptIssue = named(
  'ReceiptIssue',
  z.object({
    id: z.string(),
    orderId: z.string(),
    kind: z.enum(RECEIPT_PROBLEMS),
    description: z.string(),
    reportedBy: z.string(),
    reportedAt: z.string(),
    status: z.enum(['open', 'resolved']),
    resolution: z.optional(z.string()),
    resolvedBy: z.optional(z.string()),
    resolvedAt: z.optional(z.string()),
    version: z.int(),
  }),
);
export type ReceiptIssue = z.output<typeof receiptIssue>;

/** One installment of the order's receivable, in minor units of the order's currency. */
export const installment = named(
  'Installment',
  z.object({
    orderId: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    currency: z.string(),
    /** 1-based position in the payment plan. */
    number: z.int(),
    label: z.string(),
    amount: z.int(),
    paid: z.int(),
    dueDate: z.string(),
    /** `written-off`: finance wrote the unpaid part off as lost; it is owed no longer. */
    status: z.enum(['open', 'paid', 'written-off']),
    version: z.int(),
  }),
);
export type Installment = z.output<typeof installment>;

export const timelineEntry = named(
  'TimelineEntry',
  z.object({
    id: z.string(),
    at: z.string(),
    /** What happened, e.g. `created`. */
    what: z.string(),
    by: z.string(),
    note: z.optional(z.string()),
  }),
);
export type TimelineEntry = z.output<typeof timelineEntry>;

export const orderListQuery = z.strictObject({
  status: z.optional(z.enum(ORDER_STATUSES)),
  /** Only orders whose delivery date is before this day and that are not delivered yet. */
  lateOn: z.optional(isoDate),
});

export const productionAcceptance = z.strictObject({
  /** When production plans to finish (at most 5 years ahead). */
  plannedCompletion: dateWithin(5),
  note: z.optional(text(2000)),
});

export const productionProgress = z
  .strictObject({
    percent: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
    milestone: z.optional(line(200)),
    note: z.optional(text(2000)),
  })
  .check(
    z.refine(
      (report) => report.percent !== undefined || report.milestone !== undefined,
      'Report a percent or a milestone',
    ),
  );

export const productionCompletion = z.strictObject({ note: z.optional(text(2000)) });

export const newShipment = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        line: z.int().check(z.minimum(0), z.maximum(99)),
        quantity: z.int().check(z.positive(), z.maximum(1_000_000)),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
  carrier: line(100),
  trackingNumber: z.string().check(z.regex(/^[A-Za-z0-9-]{3,40}$/, 'Must be a tracking number')),
  shippedOn: pastDate,
});

export const reportedProblem = z.strictObject({
  kind: z.enum(RECEIPT_PROBLEMS),
  description: text(2000),
});

export const receiptRecord = z.strictObject({
  receivedOn: pastDate,
  problems: z._default(z.array(reportedProblem).check(z.maxLength(20)), []),
});

export const issueResolution = z.strictObject({ resolution: text(2000) });
export const issueParams = z.strictObject({ id: ulidId, issueId: ulidId });

/** What an amendment changes: a line's quantity or unit price, the delivery date. */
export const amendmentChange = named(
  'AmendmentChange',
  z.object({
    lines: z.array(z.object({ line: z.int(), quantity: z.int(), unitPrice: z.int() })),
    deliveryDate: z.string(),
    total: z.int(),
  }),
);

/** A change to an effective contract, reviewed by its chain again; approved, it changes the order. */
export const amendment = named(
  'Amendment',
  z.object({
    orderId: z.string(),
    number: z.int(),
    status: z.enum(['under_review', 'approved', 'rejected']),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    /** The order's terms before and after the change. */
    before: amendmentChange,
    after: amendmentChange,
    decidedAt: z.optional(z.string()),
    rejection: z.optional(rejection),
    version: z.int(),
  }),
);
export type Amendment = z.output<typeof amendment>;

export const newAmendment = z
  .strictObject({
    lines: z.optional(
      z
        .array(
          z.strictObject({
            line: z.int().check(z.minimum(0), z.maximum(99)),
            quantity: z.optional(z.int().check(z.positive(), z.maximum(1_000_000))),
            /** Minor units. */
            unitPrice: z.optional(z.int().check(z.minimum(0), z.maximum(1e11))),
          }),
        )
        .check(z.minLength(1), z.maxLength(100)),
    ),
    deliveryDate: z.optional(dateWithin(10)),
    reason: text(2000),
  })
  .check(
    z.refine(
      (change) => change.lines !== undefined || change.deliveryDate !== undefined,
      'Change lines or the delivery date',
    ),
  );
export type NewAmendment = z.output<typeof newAmendment>;

export const newPayment = z.strictObject({
  /** Minor units of the order's currency. */
  amount: z.int().check(z.positive(), z.maximum(1e13)),
  receivedOn: pastDate,
  /** The bank's or the voucher's reference. */
  reference: line(100),
});

export const newRefund = z.strictObject({
  /** Minor units of the order's currency: at most what the order collected, less earlier refunds. */
  amount: z.int().check(z.positive(), z.maximum(1e13)),
  refundedOn: pastDate,
  /** The bank's or the voucher's reference. */
  reference: line(100),
  /** Why (goods returned, a price settled lower, …). */
  reason: text(2000),
});

/** A refund as kept: its number in the order, who recorded it and when. */
export interface Refund extends z.output<typeof newRefund> {
  orderId: string;
  number: number;
  recordedBy: string;
  recordedAt: string;
}

export const newWriteOff = z.strictObject({
  /** Why the money is judged lost (the customer's insolvency, a settlement, …). */
  reason: text(2000),
  writtenOffOn: pastDate,
});

export const agingQuery = z.strictObject({ asOf: z.optional(isoDate) });

/** What is still owed on open installments on a day, by currency and by days past due. */
export const receivablesAging = named(
  'ReceivablesAging',
  z.object({
    asOf: z.string(),
    openInstallments: z.int(),
    currencies: z.array(
      z.object({
        currency: z.string(),
        buckets: z.object(Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, z.int()]))),
        total: z.int(),
      }),
    ),
  }),
);

export const resubmission = z.strictObject({
  /** What the rep changed or clarified for the sales admin. */
  note: z.optional(text(2000)),
});
