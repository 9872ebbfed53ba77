import { commitChange, causes } from '#shared/change.ts';
import { nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { conflict, HttpProblem, validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { getContact, CUSTOMER_ROLES, ownCustomer } from '../customers/public.ts';
import { quoteFor, today } from './access.ts';
import { quoteSent } from './events.ts';
import { quoteAcceptance, quoteRejection, quoteSending } from './model.ts';
import { acceptQuote, alreadySent, rejectQuote, sendQuote } from './rules.ts';
import { getQuote, getRevision, quoteWrites } from './store.ts';

import { endsTechnicalReview } from './technical-reviews.ts';

// A quote goes to the customer, and the customer's answer is recorded

const send = defineOperation({
  operationId: 'sendQuote',
  method: 'POST',
  path: '/quotes/{id}/send',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
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
    const sent = causes(quoteSent, {
      customerId: quote.customerId,
      contactId: contact.id,
      ownerId: quote.ownerId,
      revision: quote.currentRevision,
    });
    try {
      await commitChange(quoteWrites(quote, next, caller.id, { events: [sent] }));
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
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: quoteAcceptance,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const revision = found(await getRevision(quote.id, body.revision), `Revision ${body.revision}`);
    const next = acceptQuote(quote, revision, body.revision, { today: today(), at: nowIso() });
    await commitChange(quoteWrites(quote, next, caller.id));
    return resourceReply(next);
  },
});

const reject = defineOperation({
  operationId: 'rejectQuote',
  method: 'POST',
  path: '/quotes/{id}/reject',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  ownership: [ownCustomer],
  params: idParams,
  body: quoteRejection,
  async handle({ caller, params, body }) {
    const quote = await quoteFor(caller, params.id);
    const { quote: next, events } = endsTechnicalReview(
      quote,
      rejectQuote(quote, body.reason, nowIso()),
      'rejected',
    );
    await commitChange(quoteWrites(quote, next, caller.id, { events }));
    return resourceReply(next);
  },
});

export const quoteSendingOperations: readonly Operation[] = [send, accept, reject];
