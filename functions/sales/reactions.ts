import { salesConsumer } from './consumer.ts';
import { commitUnlessChanged } from '#shared/change.ts';
import { companySettings } from '#shared/company.ts';
import { applyOnce, consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { collectWhere } from '#shared/listing.ts';
import { logger } from '#shared/observability.ts';
import { emailOutcome, startReview, stopReview } from '../approvals/public.ts';
import { contractSigned } from '../contracts/public.ts';
import { customerReassigned, getContact, withContactLink } from '../customers/public.ts';
import { getEmployee } from '../employees/public.ts';
import {
  quoteSent,
  quoteTechnicallyReviewed,
  quoteTechnicalReviewRequested,
  quoteTechnicalReviewWithdrawn,
} from './events.ts';
import { quotationEmail } from './quote-email.ts';
import { winOpportunity } from './rules.ts';
import {
  getOpportunity,
  getQuote,
  getRevision,
  listOpportunities,
  listQuotes,
  opportunityWrites,
  ownerChangeWrites,
} from './store.ts';
import { quoteTitle } from './technical-review-rules.ts';

/**
 * The sales domain's reactions: emails a sent quote revision to the contact, in the contact's
 * language, once per send; moves a reassigned customer's open opportunities and quotes to its new
 * rep; starts and stops a quote's technical review and tells the rep how it ended.
 */
export const handler = consumerHandler(salesConsumer, [
  on(customerReassigned, async (delivery) => {
    const { customerId, from, to } = delivery.event.payload;
    const { actor, at } = delivery.event;
    // Repeatable: what moved already is no longer in the old rep's lists.
    await effectOnce(delivery, { repeatable: true }, async () => {
      const opportunities = await collectWhere(
        (page) => listOpportunities({ ownerId: from }, page),
        (item) => item.customerId === customerId && item.stage !== 'won' && item.stage !== 'lost',
      );
      const quotes = await collectWhere(
        (page) => listQuotes({ ownerId: from }, page),
        (item) => item.customerId === customerId && (item.status === 'draft' || item.status === 'sent'),
      );
      for (const opportunity of opportunities)
        await commitUnlessChanged(ownerChangeWrites('Opportunity', opportunity, to, actor, at));
      for (const quote of quotes) await commitUnlessChanged(ownerChangeWrites('Quote', quote, to, actor, at));
    });
  }),
  on(quoteSent, async (delivery) => {
    const { event } = delivery;
    const { customerId, contactId, ownerId, revision: number } = event.payload;
    const [revision, contact, rep] = await Promise.all([
      getRevision(event.subject.id, number),
      getContact(customerId, contactId),
      getEmployee(ownerId),
    ]);
    if (!revision || !contact?.email) {
      logger.warn('the quote revision or the contact address is gone; nothing to send');
      return;
    }
    const content = quotationEmail(contact.language, revision, {
      contactName: contact.name,
      repName: rep?.name ?? '',
      company: companySettings().name[contact.language],
    });
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({
        to: contact.email!,
        replyTo: rep?.email,
        ...(await withContactLink(contact, content)),
      });
    });
  }),
  // A signed contract wins the opportunity of its quote: the conversion counts real wins.
  on(contractSigned, async (delivery) => {
    const { event } = delivery;
    const quote = await getQuote(event.payload.quoteId);
    if (!quote?.opportunityId) return;
    const opportunity = await getOpportunity(quote.opportunityId);
    const won = opportunity && winOpportunity(opportunity, event.payload.contractId, event.at);
    if (!opportunity || !won) return;
    // A concurrent change of the opportunity refuses this; the delivery is retried and reads again.
    await applyOnce(delivery, opportunityWrites(opportunity, won.next, won.change, event.actor));
  }),
  on(quoteTechnicalReviewRequested, async (delivery) => {
    const { event } = delivery;
    const quote = await getQuote(event.subject.id);
    const running = quote?.technicalReview;
    if (running?.round !== event.payload.round || running.status !== 'under_review') {
      logger.info('the quote left this technical review round before it started; nothing to start');
      return;
    }
    // Repeatable: a second start of the same round is the same execution.
    await effectOnce(delivery, { repeatable: true }, () =>
      startReview('quote-technical-review', event.payload),
    );
  }),
  on(quoteTechnicalReviewWithdrawn, async (delivery) => {
    const { event } = delivery;
    await effectOnce(delivery, { repeatable: true }, () =>
      stopReview(
        'quote-technical-review',
        event.subject,
        event.payload.round,
        `The quote was ${event.payload.reason} during its technical review.`,
        'sales',
      ),
    );
  }),
  on(quoteTechnicallyReviewed, (delivery) =>
    emailOutcome(
      delivery,
      (language) => quoteTitle(delivery.event.subject, delivery.event.payload.revision, language),
      { en: 'can be sent to the customer', 'zh-CN': '可以发送给客户' },
    ),
  ),
]);
