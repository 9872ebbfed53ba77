import { nextVersion } from '#shared/clock.ts';
import type { PriceList } from './price-list-model.ts';
import {
  formatMoney,
  isSafeAmount,
  lineTotal,
  summarizeTax,
  type TaxTreatment,
  withTax,
} from '#shared/money.ts';
import { assertSendable } from './technical-review-rules.ts';
import { conflict, type FieldError, invalid } from '#shared/domain-errors.ts';
import type {
  Opportunity,
  PriceDeviation,
  Product,
  Quote,
  QuoteLine,
  QuoteRevision,
  QuoteTerms,
  Stage,
  StageChange,
} from './model.ts';

/** A priced line in one line of text, as approvers read it: product, quantity, price, discount, total. */
export const lineSummary = (line: QuoteLine, currency: string) =>
  `${line.productName} ${line.model} × ${line.quantity} ${line.unit} @ ${formatMoney(line.unitPrice, currency)}` +
  `${line.discountBasisPoints ? ` −${line.discountBasisPoints / 100}%` : ''} = ${formatMoney(line.lineTotal, currency)}`;

/** Stages that end an opportunity. */
const CLOSED: readonly Stage[] = ['won', 'lost'];

/**
 * An open opportunity may move to any stage (deals go back and forth); a closed one stays closed,
 * and a lost one says why (R-2.1.5).
 */
function assertStageChange(from: Stage, to: Stage, reason: string | undefined): void {
  if (CLOSED.includes(from)) throw conflict(`The opportunity is already ${from}.`);
  if (from === to) throw conflict(`The opportunity is already at ${to}.`);
  if (to === 'lost' && !reason) {
    throw invalid([{ in: 'body', path: 'reason', message: 'Say why the opportunity was lost' }]);
  }
}

/** An opportunity moves to a stage: the opportunity as it is to be written and the recorded change. */
export function moveOpportunity(
  opportunity: Opportunity,
  move: { stage: Stage; reason?: string; by: string },
  at: string,
): { next: Opportunity; change: StageChange } {
  assertStageChange(opportunity.stage, move.stage, move.reason);
  // The conversion figures count real wins only.
  if (move.stage === 'won')
    throw conflict('An opportunity is won when the contract of its quote is signed, not by hand.');
  return {
    next: nextVersion(
      {
        ...opportunity,
        stage: move.stage,
        ...(move.stage === 'lost' ? { lostReason: move.reason } : {}),
      },
      at,
    ),
    change: {
      from: opportunity.stage,
      to: move.stage,
      at,
      by: move.by,
      ...(move.reason ? { reason: move.reason } : {}),
    },
  };
}

/**
 * The contract of one of its quotes was signed: the opportunity is won (from any stage: a signed
 * contract outweighs an earlier "lost"). Undefined when it already is.
 */
export function winOpportunity(
  opportunity: Opportunity,
  contractId: string,
  at: string,
): { next: Opportunity; change: StageChange } | undefined {
  if (opportunity.stage === 'won') return undefined;
  const { lostReason: _reopened, ...open } = opportunity;
  return {
    next: nextVersion({ ...open, stage: 'won', wonWith: contractId }, at),
    change: {
      from: opportunity.stage,
      to: 'won',
      at,
      by: 'contracts',
      reason: `Contract ${contractId} signed`,
    },
  };
}

/**
 * Prices a revision on the server: each line from the catalogue (name, model, unit, list price
 * unless a price is given), line totals with the discount rounded half up to the minor unit, and
 * the totals. Unknown or inactive products and foreign-currency list prices are refused.
 */
export function priceRevision(
  terms: Omit<QuoteTerms, 'taxTreatment'> & { taxTreatment?: TaxTreatment },
  products: ReadonlyMap<string, Product>,
  context: {
    quoteId: string;
    revision: number;
    by: string;
    at: string;
    today: string;
    /** Departure from the list price beyond which a line needs a technical review. */
    toleranceBasisPoints: number;
    /** The VAT rate of a product that names none. */
    vatRateBasisPoints: number;
    /** The customer's price list in the quote's currency, if it has one. */
    priceList?: Pick<PriceList, 'id' | 'prices'> | undefined;
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
  const treatment = terms.taxTreatment ?? 'domestic';
  const listedPrices = new Map(context.priceList?.prices.map((price) => [price.productId, price.unitPrice]));
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
    // The customer's list price, when the line gives none and the list names the product.
    const listed = line.unitPrice === undefined ? listedPrices.get(product.id) : undefined;
    if (
      line.unitPrice === undefined &&
      listed === undefined &&
      product.listPrice.currency !== terms.currency
    ) {
      errors.push({
        in: 'body',
        path: `${at}.unitPrice`,
        message: `The list price is in ${product.listPrice.currency}; give a price in ${terms.currency}`,
      });
      return;
    }
    const unitPrice = line.unitPrice ?? listed ?? product.listPrice.value;
    if (!isSafeAmount(line.quantity * unitPrice)) {
      errors.push({
        in: 'body',
        path: `${at}.quantity`,
        message: 'The line amounts to more than can be quoted',
      });
      return;
    }
    // A deviation is measured from the price the customer is entitled to: its list's, else the catalogue's.
    const reference = listedPrices.has(product.id)
      ? { ...product, listPrice: { value: listedPrices.get(product.id)!, currency: terms.currency } }
      : product;
    const deviation = priceDeviation(index, reference, terms.currency, unitPrice, line.discountBasisPoints);
    if (
      deviation &&
      (deviation.basisPoints === undefined || Math.abs(deviation.basisPoints) > context.toleranceBasisPoints)
    )
      priceDeviations.push(deviation);
    lines.push(
      withTax(
        {
          productId: product.id,
          productName: product.name,
          model: product.model,
          unit: product.unit,
          quantity: line.quantity,
          unitPrice,
          discountBasisPoints: line.discountBasisPoints,
          lineTotal: lineTotal(line.quantity, unitPrice, line.discountBasisPoints),
          ...(listed !== undefined ? { priceListId: context.priceList!.id } : {}),
        },
        // An export is zero-rated; otherwise the product's rate, or the department's.
        treatment === 'export' ? 0 : (product.vatRateBasisPoints ?? context.vatRateBasisPoints),
      ),
    );
  });
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  if (!isSafeAmount(subtotal)) {
    errors.push({ in: 'body', path: 'terms.lines', message: 'The quote amounts to more than can be quoted' });
  }
  if (errors.length > 0) throw invalid(errors);
  const total = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  return {
    quoteId: context.quoteId,
    revision: context.revision,
    currency: terms.currency,
    lines,
    subtotal,
    discount: subtotal - total,
    total,
    tax: summarizeTax(lines, treatment),
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

/** The customer accepts the current revision, and only while it is valid. */
function assertAcceptable(quote: Quote, revision: QuoteRevision, requested: number, today: string): void {
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

// A quote's transitions (R-2.2, R-2.3). Each takes the quote as read and answers it as it is to be
// written (version moved on), or throws the rule it breaks.

const assertOpen = (quote: Quote) => {
  if (quote.status === 'accepted' || quote.status === 'rejected')
    throw conflict(`Quote ${quote.id} is already ${quote.status}.`);
};

/** A new quote: a draft at revision 1, owned by its customer's rep. */
export function draftQuote(
  quote: Pick<Quote, 'id' | 'customerId' | 'ownerId' | 'opportunityId'>,
  at: string,
): Quote {
  return {
    id: quote.id,
    customerId: quote.customerId,
    ownerId: quote.ownerId,
    ...(quote.opportunityId ? { opportunityId: quote.opportunityId } : {}),
    status: 'draft',
    currentRevision: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** A counter-offer is a new revision (R-2.3.2), a draft again; an accepted quote is settled. */
export function reviseQuote(quote: Quote, at: string): Quote {
  if (quote.status === 'accepted')
    throw conflict(`Quote ${quote.id} was accepted; draft a contract instead.`);
  const { rejectionReason: _settled, ...open } = quote;
  return nextVersion({ ...open, status: 'draft', currentRevision: quote.currentRevision + 1 }, at);
}

/** Whether this revision already went to this contact (a repeated send answers what was recorded). */
export const alreadySent = (quote: Quote, contactId: string) =>
  quote.status === 'sent' && quote.sentRevision === quote.currentRevision && quote.sentTo === contactId;

/** The current revision goes to a contact (R-2.2.3), once any technical review it needs passed. */
export function sendQuote(quote: Quote, revision: QuoteRevision, contactId: string, at: string): Quote {
  assertOpen(quote);
  assertSendable(quote, revision);
  return nextVersion(
    {
      ...quote,
      status: 'sent',
      sentRevision: quote.currentRevision,
      sentTo: contactId,
    },
    at,
  );
}

/** The customer accepted the revision they were sent, while it is valid. */
export function acceptQuote(
  quote: Quote,
  revision: QuoteRevision,
  requested: number,
  context: { today: string; at: string },
): Quote {
  assertAcceptable(quote, revision, requested, context.today);
  return nextVersion({ ...quote, status: 'accepted', acceptedRevision: requested }, context.at);
}

/** The customer rejected the quote, with the reason (a new revision reopens it). */
export function rejectQuote(quote: Quote, reason: string, at: string): Quote {
  assertOpen(quote);
  return nextVersion({ ...quote, status: 'rejected', rejectionReason: reason }, at);
}
