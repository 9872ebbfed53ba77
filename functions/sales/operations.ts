import { visibleCustomer } from '../customers/access.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { type Caller, requireRole } from '#shared/caller.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { expectedVersion } from '#shared/conditional.ts';
import { newId, newResource, nextVersion, nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { conflict, HttpProblem, validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/replies.ts';
import { commitChange, TransactionCancelled } from '#shared/transaction.ts';
import { assertCustomerAccess, CUSTOMER_ROLES, seesAllCustomers } from '../customers/rules.ts';
import { getContact } from '../customers/store.ts';
import {
  acceptQuote,
  newOpportunity,
  newProduct,
  newQuote,
  type Opportunity,
  productPatch,
  type Quote,
  quoteTerms,
  rejectQuote,
  sendQuote,
  stageChange,
} from './model.ts';
import { quoteSent } from './events.ts';
import { assertAcceptable, assertRevisable, assertStageChange, priceRevision } from './rules.ts';
import {
  getOpportunity,
  getProduct,
  getProducts,
  getQuote,
  getRevision,
  listOpportunities,
  listProducts,
  listQuotes,
  listRevisions,
  listStageChanges,
  opportunityWrites,
  productWrites,
  quoteWrites,
} from './store.ts';

const CATALOGUE_EDITORS = ['sales_manager', 'sales_admin'] as const;
const today = () => localDate(new Date(), timeZone());

/** Opportunities and quotes belong to their customer's rep; the same people see them. */
function assertOwned(caller: Caller, thing: { id: string; ownerId: string }) {
  assertCustomerAccess(caller, { id: thing.id, ownerId: thing.ownerId });
}

const scopeOf = (caller: Caller) => (seesAllCustomers(caller) ? 'department' : { ownerId: caller.id });

// Products (catalogue)

const createProduct = defineOperation({
  operationId: 'createProduct',
  method: 'POST',
  path: '/products',
  auth: 'jwt',
  body: newProduct,
  idempotent: true,
  async handle(request) {
    requireRole(request.caller, CATALOGUE_EDITORS, 'edit the product catalogue');
    const product = newResource(request.body);
    return createOnce(
      request,
      productWrites(undefined, product, request.caller.id),
      createdReply(`/products/${product.id}`, product),
    );
  },
});

const listProductsOperation = defineOperation({
  operationId: 'listProducts',
  method: 'GET',
  path: '/products',
  auth: 'jwt',
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    requireRole(caller, CUSTOMER_ROLES, 'read the product catalogue');
    return { status: 200, body: await listProducts(query) };
  },
});

const getProductOperation = defineOperation({
  operationId: 'getProduct',
  method: 'GET',
  path: '/products/{id}',
  auth: 'jwt',
  params: idParams,
  async handle({ caller, params }) {
    requireRole(caller, CUSTOMER_ROLES, 'read the product catalogue');
    return resourceReply(found(await getProduct(params.id), `Product ${params.id}`));
  },
});

const updateProduct = defineOperation({
  operationId: 'updateProduct',
  method: 'PATCH',
  path: '/products/{id}',
  auth: 'jwt',
  params: idParams,
  body: productPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    requireRole(caller, CATALOGUE_EDITORS, 'edit the product catalogue');
    const current = found(await getProduct(params.id), `Product ${params.id}`);
    expectedVersion(headers, current.version);
    const next = nextVersion(mergePatch(current, body));
    await commitChange(productWrites(current, next, caller.id), current.id);
    return resourceReply(next);
  },
});

// Opportunities

const createOpportunity = defineOperation({
  operationId: 'createOpportunity',
  method: 'POST',
  path: '/opportunities',
  auth: 'jwt',
  body: newOpportunity,
  idempotent: true,
  async handle(request) {
    const customer = await visibleCustomer(request.caller, request.body.customerId);
    const now = nowIso();
    const opportunity: Opportunity = newResource(
      { ...request.body, ownerId: customer.ownerId, stage: 'identified' as const },
      now,
    );
    return createOnce(
      request,
      opportunityWrites(
        undefined,
        opportunity,
        { from: null, to: 'identified', at: now, by: request.caller.id },
        request.caller.id,
      ),
      createdReply(`/opportunities/${opportunity.id}`, opportunity),
    );
  },
});

const listOpportunitiesOperation = defineOperation({
  operationId: 'listOpportunities',
  method: 'GET',
  path: '/opportunities',
  auth: 'jwt',
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    requireRole(caller, CUSTOMER_ROLES, 'list opportunities');
    return { status: 200, body: await listOpportunities(scopeOf(caller), query) };
  },
});

const getOpportunityOperation = defineOperation({
  operationId: 'getOpportunity',
  method: 'GET',
  path: '/opportunities/{id}',
  auth: 'jwt',
  params: idParams,
  async handle({ caller, params }) {
    const opportunity = found(await getOpportunity(params.id), `Opportunity ${params.id}`);
    assertOwned(caller, opportunity);
    const history = await listStageChanges(params.id);
    return { ...resourceReply(opportunity), body: { ...opportunity, stageHistory: history.items } };
  },
});

const moveOpportunity = defineOperation({
  operationId: 'changeOpportunityStage',
  method: 'POST',
  path: '/opportunities/{id}/stage',
  auth: 'jwt',
  params: idParams,
  body: stageChange,
  async handle({ caller, params, body }) {
    const current = found(await getOpportunity(params.id), `Opportunity ${params.id}`);
    assertOwned(caller, current);
    assertStageChange(current.stage, body.stage, body.reason);
    const now = nowIso();
    const next = nextVersion(
      { ...current, stage: body.stage, ...(body.stage === 'lost' ? { lostReason: body.reason } : {}) },
      now,
    );
    const change = {
      from: current.stage,
      to: body.stage,
      at: now,
      by: caller.id,
      ...(body.reason ? { reason: body.reason } : {}),
    };
    await commitChange(opportunityWrites(current, next, change, caller.id), current.id);
    return resourceReply(next);
  },
});

// Quotes and revisions

async function quoteFor(caller: Caller, id: string): Promise<Quote> {
  const quote = found(await getQuote(id), `Quote ${id}`);
  assertOwned(caller, quote);
  return quote;
}

const createQuote = defineOperation({
  operationId: 'createQuote',
  method: 'POST',
  path: '/quotes',
  auth: 'jwt',
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
    const products = await getProducts(body.terms.lines.map((line) => line.productId));
    const revision = priceRevision(body.terms, products, {
      quoteId: id,
      revision: 1,
      by: caller.id,
      at: now,
      today: today(),
    });
    const quote: Quote = {
      id,
      customerId: customer.id,
      ownerId: customer.ownerId,
      ...(body.opportunityId ? { opportunityId: body.opportunityId } : {}),
      status: 'draft',
      currentRevision: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    return createOnce(
      request,
      quoteWrites(undefined, quote, caller.id, revision),
      createdReply(`/quotes/${id}`, { ...quote, revision } as Quote),
    );
  },
});

const listQuotesOperation = defineOperation({
  operationId: 'listQuotes',
  method: 'GET',
  path: '/quotes',
  auth: 'jwt',
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    requireRole(caller, CUSTOMER_ROLES, 'list quotes');
    return { status: 200, body: await listQuotes(scopeOf(caller), query) };
  },
});

const getQuoteOperation = defineOperation({
  operationId: 'getQuote',
  method: 'GET',
  path: '/quotes/{id}',
  auth: 'jwt',
  params: idParams,
  async handle({ caller, params }) {
    const quote = await quoteFor(caller, params.id);
    const revision = await getRevision(quote.id, quote.currentRevision);
    return { ...resourceReply(quote), body: { ...quote, revision } };
  },
});

const listRevisionsOperation = defineOperation({
  operationId: 'listQuoteRevisions',
  method: 'GET',
  path: '/quotes/{id}/revisions',
  auth: 'jwt',
  params: idParams,
  query: z.strictObject(pageParameters),
  async handle({ caller, params, query }) {
    await quoteFor(caller, params.id);
    return { status: 200, body: await listRevisions(params.id, query) };
  },
});

const reviseQuote = defineOperation({
  operationId: 'reviseQuote',
  method: 'POST',
  path: '/quotes/{id}/revisions',
  auth: 'jwt',
  params: idParams,
  body: quoteTerms,
  idempotent: true,
  async handle(request) {
    const { caller, params, body } = request;
    const quote = await quoteFor(caller, params.id);
    assertRevisable(quote);
    const now = nowIso();
    const products = await getProducts(body.lines.map((line) => line.productId));
    const number = quote.currentRevision + 1;
    const revision = priceRevision(body, products, {
      quoteId: quote.id,
      revision: number,
      by: caller.id,
      at: now,
      today: today(),
    });
    const { rejectionReason: _settled, ...open } = quote;
    const next = nextVersion({ ...open, status: 'draft' as const, currentRevision: number }, now);
    try {
      return await createOnce(request, quoteWrites(quote, next, caller.id, revision), {
        status: 201,
        body: revision,
        headers: { location: `/quotes/${quote.id}/revisions/${number}` },
      });
    } catch (error) {
      // Someone else revised or answered it between our read and write.
      if (error instanceof TransactionCancelled && (error.failedCondition(0) || error.failedCondition(1))) {
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
  params: z.strictObject({
    id: idParams.def.shape.id,
    revision: z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/, 'Must be a revision number')),
      z.transform(Number),
    ),
  }),
  async handle({ caller, params }) {
    await quoteFor(caller, params.id);
    return {
      status: 200,
      body: found(await getRevision(params.id, params.revision), `Revision ${params.revision}`),
    };
  },
});

const send = defineOperation({
  operationId: 'sendQuote',
  method: 'POST',
  path: '/quotes/{id}/send',
  auth: 'jwt',
  params: idParams,
  body: sendQuote,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    if (quote.status === 'accepted' || quote.status === 'rejected')
      throw conflict(`Quote ${quote.id} is already ${quote.status}.`);
    const contact = found(await getContact(quote.customerId, body.contactId), `Contact ${body.contactId}`);
    if (!contact.email)
      throw validationProblem([
        { in: 'body', path: 'contactId', message: 'The contact has no email address' },
      ]);
    // A revision goes to a contact once: a repeated or concurrent request answers what was recorded.
    const alreadySent = (current: Quote) =>
      current.status === 'sent' &&
      current.sentRevision === current.currentRevision &&
      current.sentTo === contact.id;
    if (alreadySent(quote)) return resourceReply(quote);
    const next = nextVersion({
      ...quote,
      status: 'sent' as const,
      sentRevision: quote.currentRevision,
      sentTo: contact.id,
    });
    // Recorded first; the email follows from the event, exactly once per send.
    const sent = recordEvent(quoteSent, {
      subject: { type: 'quote', id: quote.id },
      subjectVersion: next.version,
      actor: caller.id,
      at: next.updatedAt,
      payload: {
        customerId: quote.customerId,
        contactId: contact.id,
        ownerId: quote.ownerId,
        revision: quote.currentRevision,
      },
    });
    try {
      await commitChange([...quoteWrites(quote, next, caller.id), sent], quote.id);
    } catch (error) {
      const now = await getQuote(quote.id);
      if (now && alreadySent(now)) return resourceReply(now);
      if (error instanceof HttpProblem && error.status === 412)
        throw conflict(`Quote ${quote.id} changed meanwhile; read it again.`);
      throw error;
    }
    return resourceReply(next);
  },
});

const accept = defineOperation({
  operationId: 'acceptQuote',
  method: 'POST',
  path: '/quotes/{id}/accept',
  auth: 'jwt',
  params: idParams,
  body: acceptQuote,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const revision = found(await getRevision(quote.id, body.revision), `Revision ${body.revision}`);
    assertAcceptable(quote, revision, body.revision, today());
    const next = nextVersion({ ...quote, status: 'accepted' as const, acceptedRevision: body.revision });
    await commitChange(quoteWrites(quote, next, caller.id), quote.id);
    return resourceReply(next);
  },
});

const reject = defineOperation({
  operationId: 'rejectQuote',
  method: 'POST',
  path: '/quotes/{id}/reject',
  auth: 'jwt',
  params: idParams,
  body: rejectQuote,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    if (quote.status === 'accepted' || quote.status === 'rejected')
      throw conflict(`Quote ${quote.id} is already ${quote.status}.`);
    const next = nextVersion({ ...quote, status: 'rejected' as const, rejectionReason: body.reason });
    await commitChange(quoteWrites(quote, next, caller.id), quote.id);
    return resourceReply(next);
  },
});

export const salesOperations: readonly Operation[] = [
  createProduct,
  listProductsOperation,
  getProductOperation,
  updateProduct,
  createOpportunity,
  listOpportunitiesOperation,
  getOpportunityOperation,
  moveOpportunity,
  createQuote,
  listQuotesOperation,
  getQuoteOperation,
  listRevisionsOperation,
  reviseQuote,
  getRevisionOperation,
  send,
  accept,
  reject,
];
