import { commitChange, causes } from '#shared/change.ts';
import { idParams } from '#shared/schemas.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { type Quote, technicalReviewRequest } from './model.ts';
import { quoteTechnicalReviewRequested, quoteTechnicalReviewWithdrawn } from './events.ts';
import { prepareReview } from '../approvals/public.ts';
import { getCustomer, CUSTOMER_ROLES, ownCustomer } from '../customers/public.ts';
import {
  requestTechnicalReview,
  TECHNICAL_REVIEW_CHAIN,
  technicalReviewSubject,
  withdrawTechnicalReview,
} from './technical-review-rules.ts';
import { getRevision, quoteWrites } from './store.ts';
import { Quotes } from './entities.ts';

import { quoteFor } from './access.ts';

// A quote's technical review: asked for, and stopped by a change that makes it moot

/** The event that stops a running technical review, when a change makes it moot. */
export function endsTechnicalReview(before: Quote, after: Quote, reason: 'revised' | 'rejected') {
  const withdrawn = withdrawTechnicalReview(before);
  if (!withdrawn) return { quote: after, events: [] };
  const quote = { ...after, technicalReview: withdrawn };
  return {
    quote,
    events: [causes(quoteTechnicalReviewWithdrawn, { round: withdrawn.round, reason })],
  };
}

const requestReview = defineOperation({
  operationId: 'requestTechnicalReview',
  method: 'POST',
  path: '/quotes/{id}/technical-review',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: technicalReviewRequest,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const next = requestTechnicalReview(quote, {
      by: caller.id,
      at: nowIso(),
      ...(body.note ? { note: body.note } : {}),
    });
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
      {
        key: Quotes.key({ id: quote.id }),
        fields: {
          'technicalReview.status': 'under_review',
          'technicalReview.round': next.technicalReview!.round,
        },
      },
    );
    const requested = causes(quoteTechnicalReviewRequested, start);
    await commitChange(quoteWrites(quote, next, caller.id, { events: [requested] }));
    return { ...resourceReply(next), status: 202 };
  },
});

export const technicalReviewOperations: readonly Operation[] = [requestReview];
