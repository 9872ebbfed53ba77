import type { PriceList } from './price-list-model.ts';

/**
 * The customer's price list in a currency: of the active lists that apply to it, the most specific
 * (its class in its region, then its class, then its region); among equally specific ones the
 * oldest (the lowest id), so the choice never depends on the order lists are read in.
 */
export function priceListFor(
  lists: readonly PriceList[],
  customer: { class?: string | null | undefined; region: string },
  currency: string,
): PriceList | undefined {
  const specificity = (list: PriceList) =>
    (list.customerClass !== undefined ? 2 : 0) + (list.region !== undefined ? 1 : 0);
  return lists
    .filter(
      (list) =>
        list.active &&
        list.currency === currency &&
        (list.customerClass === undefined || list.customerClass === customer.class) &&
        (list.region === undefined || list.region === customer.region),
    )
    .sort((a, b) => specificity(b) - specificity(a) || a.id.localeCompare(b.id))[0];
}
