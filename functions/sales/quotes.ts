import { askedToDecide } from '../approvals/public.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict, validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import { CUSTOMER_ROLES, getCustomer, visibleCustomer, ownCustomer } from '../customers/public.ts';
import { quoteFor, readableQuote, scopeOf, today } from './access.ts';
import { newQuote, type Quote, quoteTerms } from './model.ts';
import { draftQuote, priceRevision, reviseQuote } from './rules.ts';
import { salesSettings } from './settings.ts';
import {
  allPriceLists,
  getOpportunity,
  getProducts,
  getRevision,
  listQuotes,
  listRevisions,
  quoteWrites,
} from './store.ts';
import { priceListFor } from './price-list-rules.ts';

import { endsTechnicalReview } from './technical-reviews.ts';

// Quotes and their revisions

const createQuote = defineOperation({
  operationId: 'createQuote',
  method: 'POST',
  path: '/quotes',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  body: newQuote,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const customer = await visibleCustomer(caller, body.customerId);
    if (body.opportunityId) {
      const opportunity = found(
        await getOpportunity(body.opportunityId),
        `Opportunity ${body.opportunityId}`,
      );
      if (opportunity.customerId !== customer.id) {
        throw validationProblem([
          { in: 'body', path: 'opportunityId', message: 'The opportunity is another customer’s' },
        ]);
      }
    }
    const now = nowIso();
    const id = newId();
    const [products, lists] = await Promise.all([
      getProducts(body.terms.lines.map((line) => line.productId)),
      allPriceLists(),
    ]);
    const revision = priceRevision(body.terms, products, {
      quoteId: id,
      revision: 1,
      by: caller.id,
      at: now,
      today: today(),
      toleranceBasisPoints: salesSettings().priceToleranceBasisPoints,
      vatRateBasisPoints: salesSettings().vatRateBasisPoints,
      priceList: priceListFor(lists, customer, body.terms.currency),
    });
    const quote = draftQuote(
      { id, customerId: customer.id, ownerId: customer.ownerId, opportunityId: body.opportunityId },
      now,
    );
    return createOnce(
      request,
      quoteWrites(undefined, quote, caller.id, { revision }),
      createdReply(`/quotes/${id}`, { ...quote, revision } as Quote),
    );
  },
});

const listQuotesOperation = defineOperation({
  operationId: 'listQuotes',
  method: 'GET',
  path: '/quotes',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    return { status: 200, body: await listQuotes(scopeOf(caller), query) };
  },
});

const getQuoteOperation = defineOperation({
  operationId: 'getQuote',
  method: 'GET',
  path: '/quotes/{id}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownCustomer, askedToDecide],
  params: idParams,
  async handle({ caller, params }) {
    const { quote, reviews } = await readableQuote(caller, params.id, true);
    const revision = await getRevision(quote.id, quote.currentRevision);
    return { ...resourceReply(quote), body: { ...quote, revision, reviews } };
  },
});

const listRevisionsOperation = defineOperation({
  operationId: 'listQuoteRevisions',
  method: 'GET',
  path: '/quotes/{id}/revisions',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownCustomer, askedToDecide],
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await readableQuote(caller, params.id, false);
    return { status: 200, body: await listRevisions(params.id, query) };
  },
});

const revise = defineOperation({
  operationId: 'reviseQuote',
  method: 'POST',
  path: '/quotes/{id}/revisions',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: quoteTerms,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const quote = await quoteFor(caller, params.id);
    const now = nowIso();
    const revised = reviseQuote(quote, now);
    const [products, lists, customer] = await Promise.all([
      getProducts(body.lines.map((line) => line.productId)),
      allPriceLists(),
      getCustomer(quote.customerId),
    ]);
    const number = revised.currentRevision;
    const revision = priceRevision(body, products, {
      quoteId: quote.id,
      revision: number,
      by: caller.id,
      at: now,
      today: today(),
      toleranceBasisPoints: salesSettings().priceToleranceBasisPoints,
      vatRateBasisPoints: salesSettings().vatRateBasisPoints,
      priceList: customer && priceListFor(lists, customer, body.currency),
    });
    // A running technical review was about the previous revision: it stops.
    const { quote: next, events } = endsTechnicalReview(quote, revised, 'revised');
    try {
      return await createOnce(request, quoteWrites(quote, next, caller.id, { revision, events }), {
        status: 201,
        body: revision,
        headers: { location: `/quotes/${quote.id}/revisions/${number}` },
      });
    } catch (error) {
      // Someone else revised or answered it between our read and write.
      if (
        error instanceof TransactionCancelled &&
        (error.failedCondition('quote') || error.failedCondition('quoteRevision'))
      ) {
        throw conflict(`Quote ${quote.id} changed meanwhile; read it again.`);
      }
      throw error;
    }
  },
});

const getRevisionOperation = defineOperation({
  operationId: 'getQuoteRevision',
  method: 'GET',
  path: '/quotes/{id}/revisions/{revision}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [ownCustomer, askedToDecide],
  params: z.strictObject({
    id: idParams.def.shape.id,
    revision: z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/, 'Must be a revision number')),
      z.transform(Number),
    ),
  }),
  async handle({ caller, params }) {
    await readableQuote(caller, params.id, false);
    return {
      status: 200,
      body: found(await getRevision(params.id, params.revision), `Revision ${params.revision}`),
    };
  },
});

export const quoteOperations: readonly Operation[] = [
  createQuote,
  listQuotesOperation,
  getQuoteOperation,
  listRevisionsOperation,
  revise,
  getRevisionOperation,
];
