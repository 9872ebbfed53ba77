import { outcomeTask } from '../approvals/public.ts';
import { afterAmendmentReview, amendInstallments } from './amendment-rules.ts';
import { amendmentReviewed } from './events.ts';
import type { Amendment } from './model.ts';
import { amendmentWrite, getOrderFile, installmentWrite, orderWrites, type OrderFile } from './store.ts';

/** The amendment review's subject: the order's file, its version the order's. */
type AmendedOrder = OrderFile & { id: string; ownerId: string; version: number };

const amendmentOf = (subject: AmendedOrder, number: number): Amendment | undefined =>
  subject.amendments.find((amendment) => amendment.number === number);

/**
 * The amendment review's outcome Task: approved, the order takes the change (and its unpaid
 * installments follow the new total); rejected, timed out or failed, the amendment is rejected and
 * the order stays as it was; `order.amendment-reviewed` tells the rep.
 */
export const handler = outcomeTask<AmendedOrder>({
  name: 'order amendment',
  actor: 'order-amendment-review',
  async read(id) {
    const file = await getOrderFile(id, true);
    return file && { ...file, id: file.order.id, ownerId: file.order.ownerId, version: file.order.version };
  },
  after(subject, round, verdict) {
    const amendment = amendmentOf(subject, round);
    const decided = amendment && afterAmendmentReview(subject.order, amendment, verdict);
    if (!decided) return undefined;
    return {
      ...subject,
      order: decided.order,
      version: decided.order.version,
      amendments: subject.amendments.map((item) => (item.number === round ? decided.amendment : item)),
    };
  },
  reviewed: amendmentReviewed,
  extra: (after) => ({ total: after.order.total, deliveryDate: after.order.deliveryDate }),
  writes(before, after, actor) {
    const decided = after.amendments.find((item, index) => item !== before.amendments[index])!;
    const previous = before.amendments.find((item) => item.number === decided.number)!;
    const approved = decided.status === 'approved';
    const installments = approved ? amendInstallments(before.installments, after.order.total) : [];
    const byNumber = new Map(before.installments.map((item) => [item.number, item]));
    return orderWrites(
      before.order,
      after.order,
      {
        at: after.order.updatedAt,
        what: approved ? 'amended' : 'amendment-rejected',
        by: decided.rejection?.by ?? actor,
        note: `${decided.number}${decided.rejection ? `: ${decided.rejection.comment}` : ''}`,
      },
      actor,
      {
        with: [
          amendmentWrite(previous, decided),
          ...installments.map((item) => installmentWrite(byNumber.get(item.number), item)),
        ],
      },
    );
  },
});
