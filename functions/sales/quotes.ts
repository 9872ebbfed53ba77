import { visibleCustomer } from '../customers/public.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { type Caller, requireRole } from '#shared/caller.ts';
import { newId, nextVersion, nowIso } from '#shared/clock.ts';
import { recordEvent } from '#shared/events.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { conflict, HttpProblem, validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { commitChange, TransactionCancelled } from '#shared/transaction.ts';
import { CUSTOMER_ROLES } from '../customers/public.ts';
import { getContact } from '../customers/public.ts';
import {
  quoteAcceptance,
  newQuote,
  type Quote,
  quoteTerms,
  quoteRejection,
  quoteSending,
  technicalReviewRequest,
} from './model.ts';
import { quoteSent, quoteTechnicalReviewRequested, quoteTechnicalReviewWithdrawn } from './events.ts';
import { prepareReview, reviewsOf } from '../approvals/public.ts';
import { getCustomer } from '../customers/public.ts';
import {
  requestTechnicalReview,
  TECHNICAL_REVIEW_CHAIN,
  technicalReviewSubject,
  withdrawTechnicalReview,
} from './technical-review.ts';
import { salesSettings } from './settings.ts';
import {
  acceptQuote,
  alreadySent,
  draftQuote,
  priceRevision,
  rejectQuote,
  reviseQuote,
  sendQuote,
} from './rules.ts';
import {
  getOpportunity,
  getProducts,
  getQuote,
  getRevision,
  listQuotes,
  listRevisions,
  quoteWrites,
} from './store.ts';
import { assertOwned, scopeOf, today } from './access.ts';

// Quotes and revisions

async function quoteFor(caller: Caller, id: string): Promise<Quote> {
  const quote = found(await getQuote(id), `Quote ${id}`);
  assertOwned(caller, quote);
  return quote;
}

/** Its rep's people read a quote, and so does everyone asked to review it (with the review history). */
async function readableQuote(caller: Caller, id: string) {
  const quote = found(await getQuote(id), `Quote ${id}`);
  const reviews = await reviewsOf('quote', quote.id, caller);
  if (!reviews.asked) assertOwned(caller, quote);
  return { quote, reviews: reviews.history };
}

/** The event that stops a running technical review, when a change makes it moot. */
function endsTechnicalReview(before: Quote, after: Quote, actor: string, reason: 'revised' | 'rejected') {
  const withdrawn = withdrawTechnicalReview(before);
  if (!withdrawn) return { quote: after, events: [] };
  const quote = { ...after, technicalReview: withdrawn };
  return {
    quote,
    events: [
      recordEvent(quoteTechnicalReviewWithdrawn, {
        subject: { type: 'quote', id: before.id },
        subjectVersion: quote.version,
        actor,
        at: quote.updatedAt,
        payload: { round: withdrawn.round, reason },
      }),
    ],
  };
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
      toleranceBasisPoints: salesSettings().priceToleranceBasisPoints,
    });
    const quote = draftQuote(
      { id, customerId: customer.id, ownerId: customer.ownerId, opportunityId: body.opportunityId },
      now,
    );
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
    const { quote, reviews } = await readableQuote(caller, params.id);
    const revision = await getRevision(quote.id, quote.currentRevision);
    return { ...resourceReply(quote), body: { ...quote, revision, reviews } };
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
    await readableQuote(caller, params.id);
    return { status: 200, body: await listRevisions(params.id, query) };
  },
});

const revise = defineOperation({
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
    const now = nowIso();
    const revised = reviseQuote(quote, now);
    const products = await getProducts(body.lines.map((line) => line.productId));
    const number = revised.currentRevision;
    const revision = priceRevision(body, products, {
      quoteId: quote.id,
      revision: number,
      by: caller.id,
      at: now,
      today: today(),
      toleranceBasisPoints: salesSettings().priceToleranceBasisPoints,
    });
    // A running technical review was about the previous revision: it stops.
    const { quote: next, events } = endsTechnicalReview(quote, revised, caller.id, 'revised');
    try {
      return await createOnce(request, [...quoteWrites(quote, next, caller.id, revision), ...events], {
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
  params: z.strictObject({
    id: idParams.def.shape.id,
    revision: z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/, 'Must be a revision number')),
      z.transform(Number),
    ),
  }),
  async handle({ caller, params }) {
    await readableQuote(caller, params.id);
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
  body: quoteSending,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const [maybeContact, revision] = await Promise.all([
      getContact(quote.customerId, body.contactId),
      getRevision(quote.id, quote.currentRevision),
    ]);
    const contact = found(maybeContact, `Contact ${body.contactId}`);
    if (!contact.email)
      throw validationProblem([
        { in: 'body', path: 'contactId', message: 'The contact has no email address' },
      ]);
    // A revision goes to a contact once: a repeated or concurrent request answers what was recorded.
    if (alreadySent(quote, contact.id)) return resourceReply(quote);
    const next = sendQuote(quote, found(revision, 'The current revision'), contact.id, nowIso());
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
      if (now && alreadySent(now, contact.id)) return resourceReply(now);
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
  body: quoteAcceptance,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const revision = found(await getRevision(quote.id, body.revision), `Revision ${body.revision}`);
    const next = acceptQuote(quote, revision, body.revision, { today: today(), at: nowIso() });
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
  body: quoteRejection,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const { quote: next, events } = endsTechnicalReview(
      quote,
      rejectQuote(quote, body.reason, nowIso()),
      caller.id,
      'rejected',
    );
    await commitChange([...quoteWrites(quote, next, caller.id), ...events], quote.id);
    return resourceReply(next);
  },
});

// Technical review

const requestReview = defineOperation({
  operationId: 'requestTechnicalReview',
  method: 'POST',
  path: '/quotes/{id}/technical-review',
  auth: 'jwt',
  params: idParams,
  body: technicalReviewRequest,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const next = nextVersion(
      requestTechnicalReview(quote, {
        by: caller.id,
        at: nowIso(),
        ...(body.note ? { note: body.note } : {}),
      }),
    );
    const [revision, customer] = await Promise.all([
      getRevision(quote.id, quote.currentRevision),
      getCustomer(quote.customerId),
    ]);
    // Production or a technician, resolved now; the review starts from the event.
    const start = await prepareReview(
      TECHNICAL_REVIEW_CHAIN,
      next.technicalReview!.round,
      technicalReviewSubject(
        next,
        found(revision, 'The current revision'),
        customer?.name ?? quote.customerId,
      ),
      { submittedBy: caller.id },
    );
    const requested = recordEvent(quoteTechnicalReviewRequested, {
      subject: { type: 'quote', id: quote.id },
      subjectVersion: next.version,
      actor: caller.id,
      at: next.updatedAt,
      payload: start,
    });
    await commitChange([...quoteWrites(quote, next, caller.id), requested], quote.id);
    return { ...resourceReply(next), status: 202 };
  },
});

export const quoteOperations: readonly Operation[] = [
  createQuote,
  listQuotesOperation,
  getQuoteOperation,
  listRevisionsOperation,
  revise,
  getRevisionOperation,
  send,
  accept,
  reject,
  requestReview,
];
