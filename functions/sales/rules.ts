import { isSafeAmount, lineTotal } from '#shared/money.ts';
import { conflict, type FieldError, validationProblem } from '#shared/problem.ts';
import type { PriceDeviation, Product, Quote, QuoteLine, QuoteRevision, QuoteTerms, Stage } from './model.ts';

/** Stages that end an opportunity. */
const CLOSED: readonly Stage[] = ['won', 'lost'];

/**
 * An open opportunity may move to any stage (deals go back and forth); a closed one stays closed,
 * and a lost one says why.
 */
export function assertStageChange(from: Stage, to: Stage, reason: string | undefined): void {
  if (CLOSED.includes(from)) throw conflict(`The opportunity is already ${from}.`);
  if (from === to) throw conflict(`The opportunity is already at ${to}.`);
  if (to === 'lost' && !reason) {
    throw validationProblem([{ in: 'body', path: 'reason', message: 'Say why the opportunity was lost' }]);
  }
}

/**
 * Prices a revision on the server: each line from the catalogue (name, model, unit, list price
 * unless a price is given), line totals with the discount rounded half up to the minor unit, and
 * the totals. Unknown or inactive products and foreign-currency list prices are refused.
 */
export function priceRevision(
  terms: QuoteTerms,
  products: ReadonlyMap<string, Product>,
  context: {
    quoteId: string;
    revision: number;
    by: string;
    at: string;
    today: string;
    /** Departure from the list price beyond which a line needs a technical review. */
    toleranceBasisPoints: number;
  },
): QuoteRevision {
  const errors: FieldError[] = [];
  if (terms.validUntil < context.today) {
    errors.push({
      in: 'body',
      path: 'terms.validUntil',
      message: 'A quote cannot be valid only in the past',
    });
  }
  const lines: QuoteLine[] = [];
  const priceDeviations: PriceDeviation[] = [];
  terms.lines.forEach((line, index) => {
    const product = products.get(line.productId);
    const at = `terms.lines.${index}`;
    if (!product || !product.active) {
      errors.push({
        in: 'body',
        path: `${at}.productId`,
        message: product ? 'The product is no longer sold' : 'No such product',
      });
      return;
    }
    if (line.unitPrice === undefined && product.listPrice.currency !== terms.currency) {
      errors.push({
        in: 'body',
        path: `${at}.unitPrice`,
        message: `The list price is in ${product.listPrice.currency}; give a price in ${terms.currency}`,
      });
      return;
    }
    const unitPrice = line.unitPrice ?? product.listPrice.value;
    if (!isSafeAmount(line.quantity * unitPrice)) {
      errors.push({
        in: 'body',
        path: `${at}.quantity`,
        message: 'The line amounts to more than can be quoted',
      });
      return;
    }
    const deviation = priceDeviation(index, product, terms.currency, unitPrice, line.discountBasisPoints);
    if (
      deviation &&
      (deviation.basisPoints === undefined || Math.abs(deviation.basisPoints) > context.toleranceBasisPoints)
    )
      priceDeviations.push(deviation);
    lines.push({
      productId: product.id,
      productName: product.name,
      model: product.model,
      unit: product.unit,
      quantity: line.quantity,
      unitPrice,
      discountBasisPoints: line.discountBasisPoints,
      lineTotal: lineTotal(line.quantity, unitPrice, line.discountBasisPoints),
    });
  });
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  if (!isSafeAmount(subtotal)) {
    errors.push({ in: 'body', path: 'terms.lines', message: 'The quote amounts to more than can be quoted' });
  }
  if (errors.length > 0) throw validationProblem(errors);
  const total = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  return {
    quoteId: context.quoteId,
    revision: context.revision,
    currency: terms.currency,
    lines,
    subtotal,
    discount: subtotal - total,
    total,
    deliveryDate: terms.deliveryDate,
    paymentTerms: terms.paymentTerms,
    afterSalesTerms: terms.afterSalesTerms,
    validUntil: terms.validUntil,
    ...(terms.note ? { note: terms.note } : {}),
    priceDeviations,
    createdAt: context.at,
    createdBy: context.by,
  };
}

/** How a line's net unit price departs from the catalogue; undefined when it does not. */
function priceDeviation(
  line: number,
  product: Product,
  currency: string,
  unitPrice: number,
  discountBasisPoints: number,
): PriceDeviation | undefined {
  const netUnitPrice = Math.round((unitPrice * (10_000 - discountBasisPoints)) / 10_000);
  const { listPrice } = product;
  const base = { line, productId: product.id, listPrice, netUnitPrice };
  // Not comparable in numbers: a price in another currency always needs the review.
  if (listPrice.currency !== currency) return base;
  if (listPrice.value === 0) return netUnitPrice === 0 ? undefined : base;
  const basisPoints = Math.round(((netUnitPrice - listPrice.value) * 10_000) / listPrice.value);
  return basisPoints === 0 ? undefined : { ...base, basisPoints };
}

/** A counter-offer is a new revision; an accepted quote is settled. */
export function assertRevisable(quote: Quote): void {
  if (quote.status === 'accepted')
    throw conflict(`Quote ${quote.id} was accepted; draft a contract instead.`);
}

/** The customer accepts the current revision, and only while it is valid. */
export function assertAcceptable(
  quote: Quote,
  revision: QuoteRevision,
  requested: number,
  today: string,
): void {
  if (quote.status === 'accepted' || quote.status === 'rejected')
    throw conflict(`Quote ${quote.id} is already ${quote.status}.`);
  if (requested !== quote.currentRevision) {
    throw conflict(`Revision ${requested} is not the current one (${quote.currentRevision}).`);
  }
  if (revision.validUntil < today) throw conflict(`Revision ${requested} expired on ${revision.validUntil}.`);
  // The customer accepts what they were sent.
  if (quote.sentRevision !== requested)
    throw conflict(
      `Revision ${requested} was never sent to the customer; send it before recording an acceptance.`,
    );
}
