/**
 * Appreciation events' pure rules (R-3.4): who is a long-term key customer, and how long an
 * invitation's link lasts.
 */

/** Whole years from a first purchase to a day (both `YYYY-MM-DD`). */
export function fullYearsSince(from: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(from.slice(0, 4));
  return today.slice(5) >= from.slice(5) ? years : years - 1;
}

/** A guest to propose: an A customer whose first purchase is at least `minYears` whole years ago. */
export function isLongTermKeyCustomer(
  customer: { class?: 'A' | 'B' | 'C' | null | undefined },
  firstPurchaseOn: string | undefined,
  today: string,
  minYears: number,
): boolean {
  return (
    customer.class === 'A' &&
    firstPurchaseOn !== undefined &&
    fullYearsSince(firstPurchaseOn, today) >= minYears
  );
}

/** An invitation can be answered until the event's day begins (UTC), and not after. */
export const invitationExpiry = (eventDate: string): string => `${eventDate}T00:00:00.000Z`;
