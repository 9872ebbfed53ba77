import { bumpVersion, nextVersion } from '#shared/clock.ts';
import { conflict, invalid } from '#shared/domain-errors.ts';
import { formatMoney, lineTotal, summarizeTax, withTax } from '#shared/money.ts';
import type { ReviewSubject, Verdict } from '../approvals/public.ts';
import type { Amendment, Installment, NewAmendment, Order, OrderStatus } from './model.ts';
import { orderTitle } from './rules.ts';

/**
 * Amendments' pure rules (R-2.5.5): a change to an effective contract (a line's quantity or unit
 * price, the delivery date) is reviewed by the contract's chain again; approved, it changes the open
 * order and its unpaid installments; every amendment stays in the order's history.
 */

/** Until the first shipment the order can still change; after it, a change is a new order. */
const AMENDABLE: readonly OrderStatus[] = [
  'received',
  'under_review',
  'returned',
  'awaiting_production',
  'in_production',
  'ready_to_ship',
];

const terms = (order: Pick<Order, 'lines' | 'deliveryDate' | 'total'>): Amendment['before'] => ({
  lines: order.lines.map((line, index) => ({
    line: index,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
  })),
  deliveryDate: order.deliveryDate,
  total: order.total,
});

/** The proposed amendment and the order marked as having one under review. */
export function proposeAmendment(
  order: Order,
  change: NewAmendment,
  paid: number,
  by: string,
  at: string,
): { order: Order; amendment: Amendment } {
  if (!AMENDABLE.includes(order.status))
    throw conflict(
      `Order ${order.id} is ${order.status.replaceAll('_', ' ')}; only an order not yet shipped can be amended.`,
    );
  if (order.amendmentUnderReview !== undefined)
    throw conflict(`Amendment ${order.amendmentUnderReview} of order ${order.id} is still under review.`);
  const lines = order.lines.map((line) => ({ ...line }));
  for (const [index, edit] of (change.lines ?? []).entries()) {
    const line = lines[edit.line];
    if (!line)
      throw invalid([
        { in: 'body', path: `lines.${index}.line`, message: `The order has no line ${edit.line}.` },
      ]);
    line.quantity = edit.quantity ?? line.quantity;
    line.unitPrice = edit.unitPrice ?? line.unitPrice;
    line.lineTotal = lineTotal(line.quantity, line.unitPrice, line.discountBasisPoints);
    if (line.vatRateBasisPoints !== undefined) Object.assign(line, withTax(line, line.vatRateBasisPoints));
  }
  const after = terms({
    lines,
    deliveryDate: change.deliveryDate ?? order.deliveryDate,
    total: lines.reduce((sum, line) => sum + line.lineTotal, 0),
  });
  const before = terms(order);
  if (JSON.stringify(after) === JSON.stringify(before)) throw conflict('The amendment changes nothing.');
  if (after.total < paid)
    throw conflict(`The amended total (${after.total}) is below what the customer has paid (${paid}).`);
  const number = order.amendments + 1;
  return {
    order: nextVersion(
      {
        ...order,
        amendments: number,
        amendmentUnderReview: number,
      },
      at,
    ),
    amendment: {
      orderId: order.id,
      number,
      status: 'under_review',
      reason: change.reason,
      requestedBy: by,
      requestedAt: at,
      before,
      after,
      version: 1,
    },
  };
}

/**
 * The review's outcome: approved, the order takes the amended lines, total and delivery date;
 * rejected, it stays as it was. A stale round (no longer under review) changes nothing.
 */
export function afterAmendmentReview(
  order: Order,
  amendment: Amendment,
  verdict: Verdict,
): { order: Order; amendment: Amendment } | undefined {
  if (amendment.status !== 'under_review' || order.amendmentUnderReview !== amendment.number)
    return undefined;
  const { amendmentUnderReview: _done, ...rest } = order;
  if (!verdict.approved)
    return {
      order: nextVersion({ ...rest }, verdict.at),
      amendment: bumpVersion({
        ...amendment,
        status: 'rejected',
        rejection: verdict.returned,
        decidedAt: verdict.at,
      }),
    };
  const lines = order.lines.map((line, index) => {
    const changed = amendment.after.lines[index]!;
    const amended = {
      ...line,
      quantity: changed.quantity,
      unitPrice: changed.unitPrice,
      lineTotal: lineTotal(changed.quantity, changed.unitPrice, line.discountBasisPoints),
    };
    // The line keeps its VAT rate; its net amount and tax follow the new total.
    return line.vatRateBasisPoints === undefined ? amended : withTax(amended, line.vatRateBasisPoints);
  });
  return {
    order: nextVersion(
      {
        ...rest,
        lines,
        ...(order.tax ? { tax: summarizeTax(lines, order.tax.treatment) } : {}),
        total: amendment.after.total,
        deliveryDate: amendment.after.deliveryDate,
      },
      verdict.at,
    ),
    amendment: bumpVersion({ ...amendment, status: 'approved', decidedAt: verdict.at }),
  };
}

/**
 * The installments after a change of total: an increase goes to the last installment; a decrease
 * comes off the unpaid parts, latest first. What was paid never changes.
 */
export function amendInstallments(installments: readonly Installment[], newTotal: number): Installment[] {
  const sorted = [...installments].sort((a, b) => a.number - b.number);
  let difference = newTotal - sorted.reduce((sum, item) => sum + item.amount, 0);
  if (difference === 0 || sorted.length === 0) return [];
  const changed = new Map<number, Installment>();
  const set = (item: Installment, amount: number) =>
    changed.set(
      item.number,
      bumpVersion({
        ...item,
        amount,
        status: item.paid >= amount ? 'paid' : 'open',
      }),
    );
  if (difference > 0) {
    const last = sorted.at(-1)!;
    set(last, last.amount + difference);
    return [...changed.values()];
  }
  for (const item of sorted.reverse()) {
    if (difference === 0) break;
    const unpaid = item.amount - item.paid;
    const cut = Math.min(unpaid, -difference);
    if (cut === 0) continue;
    set(item, item.amount - cut);
    difference += cut;
  }
  if (difference !== 0) throw conflict('The amended total is below what the customer has paid.');
  return [...changed.values()];
}

/** What the chain reads: the change, line by line, in both languages. */
export function amendmentSubject(order: Order, amendment: Amendment, customerName: string): ReviewSubject {
  const money = (value: number) => formatMoney(value, order.currency);
  const lineChanges = amendment.after.lines.flatMap((after, index) => {
    const before = amendment.before.lines[index]!;
    if (before.quantity === after.quantity && before.unitPrice === after.unitPrice) return [];
    const name = order.lines[index]!.productName;
    return [
      `${name}: ${before.quantity} × ${money(before.unitPrice)} → ${after.quantity} × ${money(after.unitPrice)}`,
    ];
  });
  const date =
    amendment.before.deliveryDate === amendment.after.deliveryDate
      ? []
      : [`${amendment.before.deliveryDate} → ${amendment.after.deliveryDate}`];
  const en = {
    title: `${orderTitle(order.id, 'en')} for ${customerName}: amendment ${amendment.number}`,
    summary: [
      ...lineChanges,
      ...date.map((change) => `Delivery: ${change}`),
      `Total: ${money(amendment.before.total)} → ${money(amendment.after.total)}`,
      `Reason: ${amendment.reason}`,
    ],
  };
  const zh = {
    title: `${orderTitle(order.id, 'zh-CN')}（${customerName}）第 ${amendment.number} 次变更`,
    summary: [
      ...lineChanges,
      ...date.map((change) => `交货日期：${change}`),
      `合计：${money(amendment.before.total)} → ${money(amendment.after.total)}`,
      `变更原因：${amendment.reason}`,
    ],
  };
  return {
    type: 'order-amendment',
    id: order.id,
    ownerId: order.ownerId,
    ...en,
    localized: { en, 'zh-CN': zh },
  };
}
