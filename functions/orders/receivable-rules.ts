import { bumpVersion } from '#shared/clock.ts';
import { addDays, daysBetween } from '#shared/calendar.ts';
import { conflict } from '#shared/domain-errors.ts';
import type { Installment, Order } from './model.ts';
import type { OrderSettings, PlanPart } from './settings.ts';

/**
 * Receivables' pure rules (R-2.5.5), in minor units: a payment plan becomes installments with due
 * dates; payments settle the earliest open installments first; over-payment is refused; open
 * installments age from their due date.
 */

const PART_LABELS: Record<PlanPart['due'], string> = {
  signing: 'on signing',
  delivery: 'on delivery',
  acceptance: 'after acceptance',
};

/**
 * The installments of a plan. Each part's share is rounded down and the last one takes what is
 * left, so they always add up to the total. Due dates come from the contract's dates, fixed at
 * signing, so the aging of a receivable never depends on when it is read.
 */
export function planInstallments(
  order: Pick<Order, 'id' | 'customerId' | 'ownerId' | 'currency' | 'total' | 'signedOn' | 'deliveryDate'>,
  plan: readonly PlanPart[],
  settings: Pick<OrderSettings, 'acceptanceDays'>,
): Installment[] {
  const base = {
    signing: order.signedOn,
    delivery: order.deliveryDate,
    acceptance: addDays(order.deliveryDate, settings.acceptanceDays),
  };
  let allotted = 0;
  return plan.map((part, index) => {
    const last = index === plan.length - 1;
    const amount = last ? order.total - allotted : Math.floor((order.total * part.percent) / 100);
    allotted += amount;
    return {
      orderId: order.id,
      customerId: order.customerId,
      ownerId: order.ownerId,
      currency: order.currency,
      number: index + 1,
      label: `${part.percent} % ${PART_LABELS[part.due]}${part.days > 0 ? ` + ${part.days} days` : ''}`,
      amount,
      paid: 0,
      dueDate: addDays(base[part.due], part.days),
      status: amount === 0 ? 'paid' : 'open',
      version: 1,
    };
  });
}

/** What is still owed: the open installments' unpaid parts (a written-off one is owed no longer). */
export const outstanding = (installments: readonly Installment[]) =>
  installments.reduce((sum, item) => (item.status === 'open' ? sum + item.amount - item.paid : sum), 0);

/** What the customer has paid on the order, whatever became of the rest. */
export const collected = (installments: readonly Installment[]) =>
  installments.reduce((sum, item) => sum + item.paid, 0);

/** What may still be paid back on an order: what it collected, less what was refunded already. */
export const refundable = (installments: readonly Installment[], refunds: readonly { amount: number }[]) =>
  collected(installments) - refunds.reduce((sum, refund) => sum + refund.amount, 0);

/**
 * Writing off an order's receivable: every open installment stops being owed (its unpaid part is
 * the loss); paid parts stay paid. Nothing outstanding is a 409.
 */
export function writeOffInstallments(installments: readonly Installment[]): {
  changed: Installment[];
  amount: number;
} {
  const open = installments.filter((item) => item.status === 'open' && item.amount > item.paid);
  if (open.length === 0) throw conflict('Nothing is outstanding on this order; nothing was written off.');
  return {
    changed: open.map((item) => bumpVersion({ ...item, status: 'written-off' as const })),
    amount: outstanding(open),
  };
}

/**
 * An amount split over the order's lines in proportion to their totals (the last line takes what is
 * left, so the parts add up): what a commission rate by product applies to.
 */
export function splitByLine(
  amount: number,
  lines: readonly { productId: string; lineTotal: number }[],
): { productId: string; amount: number }[] {
  const total = lines.reduce((sum, item) => sum + item.lineTotal, 0);
  let allotted = 0;
  return lines.map((item, index) => {
    const part =
      index === lines.length - 1 || total === 0
        ? amount - allotted
        : Number((BigInt(amount) * BigInt(item.lineTotal)) / BigInt(total));
    allotted += part;
    return { productId: item.productId, amount: part };
  });
}

/** A payment settles the open installments in due order; more than is outstanding is refused. */
export function allocatePayment(installments: readonly Installment[], amount: number): Installment[] {
  const owed = outstanding(installments);
  if (amount > owed)
    throw conflict(
      `The payment (${amount}) is more than the ${owed} still owed on this order; nothing was recorded.`,
    );
  let left = amount;
  const changed: Installment[] = [];
  for (const item of [...installments].sort((a, b) => a.number - b.number)) {
    if (left === 0) break;
    const due = item.amount - item.paid;
    if (due === 0 || item.status !== 'open') continue;
    const applied = Math.min(due, left);
    left -= applied;
    const paid = item.paid + applied;
    changed.push(
      bumpVersion({
        ...item,
        paid,
        status: paid === item.amount ? 'paid' : 'open',
      }),
    );
  }
  return changed;
}

/** A plan may be replaced only while nothing has been paid. */
export function assertPlanReplaceable(installments: readonly Installment[]): void {
  if (installments.some((item) => item.paid > 0))
    throw conflict('Payments have been recorded against this order; its payment plan can no longer change.');
}

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', 'over-90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Where an open installment stands on a day: not yet due (current) or days overdue. */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const overdue = daysBetween(dueDate, asOf);
  if (overdue <= 0) return 'current';
  if (overdue <= 30) return '1-30';
  if (overdue <= 60) return '31-60';
  if (overdue <= 90) return '61-90';
  return 'over-90';
}

/** Sums of what is still owed, by bucket and currency. */
export function agingReport(
  open: readonly Pick<Installment, 'amount' | 'paid' | 'dueDate' | 'currency'>[],
  asOf: string,
): { currency: string; buckets: Record<AgingBucket, number>; total: number }[] {
  const byCurrency = new Map<string, Record<AgingBucket, number>>();
  for (const item of open) {
    const buckets =
      byCurrency.get(item.currency) ??
      (Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgingBucket, number>);
    buckets[agingBucket(item.dueDate, asOf)] += item.amount - item.paid;
    byCurrency.set(item.currency, buckets);
  }
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, buckets]) => ({
      currency,
      buckets,
      total: Object.values(buckets).reduce((sum, value) => sum + value, 0),
    }));
}

/** What `payment.recorded` says of a payment: the order, the amount split over its products, what is left. */
export const paymentRecordedPayload = (
  order: Pick<Order, 'id' | 'ownerId' | 'customerId' | 'currency' | 'lines'>,
  payment: { amount: number; receivedOn: string },
  left: number,
) => ({
  orderId: order.id,
  ownerId: order.ownerId,
  customerId: order.customerId,
  currency: order.currency,
  amount: payment.amount,
  receivedOn: payment.receivedOn,
  outstanding: left,
  lines: splitByLine(payment.amount, order.lines),
});
