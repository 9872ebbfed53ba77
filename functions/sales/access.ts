import type { Caller } from '#shared/caller.ts';
import { found } from '#shared/resource-replies.ts';
import { reviewsOf } from '../approvals/public.ts';
import type { Quote } from './model.ts';
import { getQuote } from './store.ts';
import { assertCustomerAccess, seesAllCustomers } from '../customers/public.ts';

export const CATALOGUE_EDITORS = ['sales_manager', 'sales_admin'] as const;
export { today } from '#shared/calendar.ts';

/** Opportunities and quotes belong to their customer's rep; the same people see them. */
export function assertOwned(caller: Caller, thing: { id: string; ownerId: string }) {
  assertCustomerAccess(caller, { id: thing.id, ownerId: thing.ownerId });
}

export const scopeOf = (caller: Caller) =>
  seesAllCustomers(caller) ? ('department' as const) : { ownerId: caller.id };

export async function quoteFor(caller: Caller, id: string): Promise<Quote> {
  const quote = found(await getQuote(id), `Quote ${id}`);
  assertOwned(caller, quote);
  return quote;
}

/**
 * Its rep's people read a quote, and so does everyone asked to review it. The reviews are read
 * when the caller wants their history, or to let in someone who is not the rep's.
 */
export async function readableQuote(caller: Caller, id: string, withHistory: boolean) {
  const quote = found(await getQuote(id), `Quote ${id}`);
  let reviews = withHistory ? await reviewsOf('quote', quote.id, caller) : undefined;
  try {
    assertOwned(caller, quote);
  } catch (refused) {
    reviews ??= await reviewsOf('quote', quote.id, caller);
    if (!reviews.asked) throw refused;
  }
  return { quote, reviews: reviews?.history ?? [] };
}
