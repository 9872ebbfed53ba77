/** OpenAPI text and response shapes of the sales pipeline operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs, ResponseSpec } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { reviewHistoryItem } from '../approvals/docs.ts';
import { opportunity, product, quote, quoteLine, quoteRevision, stageChangeEntry } from './model.ts';
import { intelSummary, marketIntel, newIntel } from './market-intel-model.ts';
import { priceList } from './price-list-model.ts';

export { quoteLine };

const stageChange = stageChangeEntry;
const revision = quoteRevision;
const quoteWithRevision = z.object({ ...quote.def.shape, revision });

const conflictProblem: ResponseSpec = {
  status: 409,
  description: 'Not possible in the quote’s or opportunity’s present state.',
};
const products = ['Products'];
const opportunities = ['Opportunities'];
const quotes = ['Quotes'];

export const salesDocs: Record<string, OperationDocs> = {
  createPriceList: {
    summary: 'Add a price list for a customer class, a region, or both (sales manager, sales admin)',
    description:
      'Unit prices in one currency, VAT included, for the products it names (each once, at most 500). A quote line without a unit price takes its price from the customer’s list in the quote’s currency: of the active lists that apply to the customer, the most specific (its class in its region, then its class, then its region), the oldest among equals; a product the list does not name keeps the catalogue price. A price departing from the list price by more than the tolerance needs the technical review, as one departing from the catalogue does. Audited (`GET /audit?type=price-list&id=<id>`).',
    tags: products,
    responses: [
      { status: 201, description: 'Added.', schema: priceList },
      ...authProblems,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listPriceLists: {
    summary: 'The price lists',
    tags: products,
    responses: [
      { status: 200, description: 'One page of price lists.', schema: pageOf(priceList) },
      ...authProblems,
    ],
  },
  getPriceList: {
    summary: 'Read a price list',
    tags: products,
    responses: [
      { status: 200, description: 'The price list.', schema: priceList },
      ...authProblems,
      notFoundProblem,
    ],
  },
  replacePriceList: {
    summary: 'Replace a price list (sales manager, sales admin)',
    description:
      'The whole list as it is to be, with `If-Match` of the version read; `active: false` retires it. Quotes already priced keep their prices.',
    tags: products,
    responses: [
      { status: 200, description: 'The list as replaced.', schema: priceList },
      ...authProblems,
      notFoundProblem,
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  createProduct: {
    summary: 'Add a product to the catalogue (sales manager, sales admin)',
    tags: products,
    responses: [
      { status: 201, description: 'Added.', schema: product },
      ...authProblems,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listProducts: {
    summary: 'The product catalogue',
    tags: products,
    responses: [
      { status: 200, description: 'One page of products.', schema: pageOf(product) },
      ...authProblems,
    ],
  },
  getProduct: {
    summary: 'Read a product',
    tags: products,
    responses: [
      { status: 200, description: 'The product.', schema: product },
      ...authProblems,
      notFoundProblem,
    ],
  },
  updateProduct: {
    summary: 'Change a product (JSON merge patch; sales manager, sales admin)',
    description: 'Quotes keep the name, model and price they were made with.',
    tags: products,
    responses: [
      { status: 200, description: 'The changed product.', schema: product },
      ...authProblems,
      notFoundProblem,
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  createOpportunity: {
    summary: 'Open an opportunity with a customer',
    description: 'It starts at `identified` and belongs to the customer’s rep.',
    tags: opportunities,
    responses: [
      { status: 201, description: 'Opened.', schema: opportunity },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listOpportunities: {
    summary: 'List opportunities (a rep’s own; the manager and sales admin all)',
    tags: opportunities,
    responses: [
      { status: 200, description: 'One page of opportunities.', schema: pageOf(opportunity) },
      ...authProblems,
    ],
  },
  getOpportunity: {
    summary: 'Read an opportunity with its stage history',
    tags: opportunities,
    responses: [
      {
        status: 200,
        description: 'The opportunity.',
        schema: z.object({ ...opportunity.def.shape, stageHistory: z.array(stageChange) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  changeOpportunityStage: {
    summary: 'Move an opportunity to another stage',
    description:
      'Every change is recorded with its time (for conversion rates). `won` and `lost` are final; `lost` needs a reason.',
    tags: opportunities,
    responses: [
      { status: 200, description: 'The opportunity.', schema: opportunity },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
  createQuote: {
    summary: 'Draft a quote (revision 1)',
    description:
      'Lines name catalogue products; the server fills in name, model, unit and (unless given) the list price, and computes the totals in integer minor units: a line is quantity × unit price × (1 − discount), rounded half up to the minor unit; the total is the sum of the lines.',
    tags: quotes,
    responses: [
      { status: 201, description: 'Drafted.', schema: quoteWithRevision },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listQuotes: {
    summary: 'List quotes (a rep’s own; the manager and sales admin all)',
    tags: quotes,
    responses: [{ status: 200, description: 'One page of quotes.', schema: pageOf(quote) }, ...authProblems],
  },
  getQuote: {
    summary: 'Read a quote with its current revision and its technical review history',
    description:
      'Its rep, the sales manager and sales admin read it, and so does everyone asked to decide its technical review (production, technicians).',
    tags: quotes,
    responses: [
      {
        status: 200,
        description: 'The quote.',
        schema: z.object({ ...quoteWithRevision.def.shape, reviews: z.array(reviewHistoryItem) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  listQuoteRevisions: {
    summary: 'Every revision of a quote, oldest first',
    description: 'Revisions are never changed once written (R-2.3.2).',
    tags: quotes,
    responses: [
      { status: 200, description: 'One page of revisions.', schema: pageOf(revision) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getQuoteRevision: {
    summary: 'Read one revision of a quote',
    tags: quotes,
    responses: [
      { status: 200, description: 'The revision.', schema: revision },
      ...authProblems,
      notFoundProblem,
    ],
  },
  reviseQuote: {
    summary: 'Counter-offer: add a new revision',
    description:
      'The quote becomes a draft again at the new revision (a running technical review of the previous one stops); an accepted quote cannot be revised. `priceDeviations` lists the lines that need a technical review before it is sent.',
    tags: quotes,
    responses: [
      { status: 201, description: 'The new revision.', schema: revision },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
  sendQuote: {
    summary: 'Email the current revision to a customer contact',
    description:
      'In the contact’s language; replies go to the rep. A revision that needs a technical review (a line priced beyond the catalogue tolerance, or a review the rep asked for) is sent only once the review passed (409 before).',
    tags: quotes,
    responses: [
      { status: 200, description: 'Sent.', schema: quote },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
  acceptQuote: {
    summary: 'Record that the customer accepted a revision',
    description: 'Only the current revision, and only until its valid-until date (409 after).',
    tags: quotes,
    responses: [
      { status: 200, description: 'Accepted.', schema: quote },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
  rejectQuote: {
    summary: 'Record that the customer rejected the quote, with the reason',
    description: 'A new revision (counter-offer) reopens it.',
    tags: quotes,
    responses: [
      { status: 200, description: 'Rejected.', schema: quote },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
  requestTechnicalReview: {
    summary: 'Put the current revision to production or a technician (R-2.2.2)',
    description:
      'Needed before sending when a line’s net unit price departs from the catalogue list price by more than the tolerance (the revision’s `priceDeviations`), or whenever the rep wants prices or configuration checked. The reviewer is resolved now (production, else a technician; never the rep) and decides from an emailed link; the rep is emailed the outcome. A new revision or the customer’s rejection stops a running review.',
    tags: quotes,
    responses: [
      { status: 202, description: 'Under technical review.', schema: quote },
      ...authProblems,
      notFoundProblem,
      {
        status: 409,
        description:
          'The quote is not a draft, its revision is already under review or passed, or nobody may decide the review.',
      },
      ...bodyProblems,
    ],
  },
  recordMarketIntel: {
    summary:
      'Record market intelligence: a competitor, a market price, product feedback, an opportunity (§2.2.3)',
    description:
      'By a rep, the manager or sales admin. A competitor record names the competitor (`competitor.name`, optionally their product); a price record gives the price seen (`price`, optionally whose); product feedback names the product (`productId` from the catalogue, or `product`) and the customer’s `sentiment`; every record has its region and the day it was observed, and may name the customer (one the caller may see). Honours `Idempotency-Key`.',
    tags: ['Market intelligence'],
    requestBody: newIntel,
    responses: [
      { status: 201, description: 'Recorded.', schema: marketIntel },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listMarketIntel: {
    summary: 'Find market intelligence by kind or region, filtered by competitor, product and days',
    description:
      'For everyone in sales: name a `kind` or a `region` (both: the kind’s records in that region); `competitor` (as recorded), `product` (model or name, any case), `from` and `to` filter. Newest first; a filtered page may hold fewer than `limit` items while `nextCursor` is present.',
    tags: ['Market intelligence'],
    responses: [
      { status: 200, description: 'One page of records.', schema: pageOf(marketIntel) },
      ...authProblems,
      ...bodyProblems,
    ],
  },
  getMarketIntelSummary: {
    summary:
      'A period’s market intelligence summed up (§2.1.4), and customers’ product feedback for production',
    description:
      '`period` is a year, a quarter or a month. For the sales manager and sales admin: records by kind and region, each competitor’s records, regions and latest prices per product, and each product’s feedback (positive, neutral, negative, the latest five). Production (which passes product feedback on to R&D) reads the product feedback only: the other parts are empty.',
    tags: ['Market intelligence'],
    responses: [
      { status: 200, description: 'The summary.', schema: intelSummary },
      ...authProblems,
      ...bodyProblems,
    ],
  },
};
