import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { logger } from '#shared/observability.ts';
import { careSettings } from '../care/settings.ts';
import { getContact } from '../customers/store.ts';
import { getEmployee } from '../employees/store.ts';
import { collectWhere } from '#shared/listing.ts';
import { commitUnlessChanged } from '#shared/transaction.ts';
import { customerReassigned } from '../customers/events.ts';
import { quoteSent } from './events.ts';
import { quotationEmail } from './quote-email.ts';
import { getRevision, listOpportunities, listQuotes, ownerChangeWrites } from './store.ts';

/**
 * The sales domain's reactions: emails a sent quote revision to the contact, in the contact's
 * language, once per send; moves a reassigned customer's open opportunities and quotes to its new rep.
 */
export const handler = consumerHandler('sales-events', [
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
      company: careSettings().companyName[contact.language],
    });
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({ to: contact.email!, replyTo: rep?.email, ...content });
    });
  }),
]);
