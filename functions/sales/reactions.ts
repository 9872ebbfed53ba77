import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { logger } from '#shared/observability.ts';
import { careSettings } from '../care/settings.ts';
import { getContact } from '../customers/store.ts';
import { getEmployee } from '../employees/store.ts';
import { quoteSent } from './events.ts';
import { quotationEmail } from './quote-email.ts';
import { getRevision } from './store.ts';

/** Emails a sent quote revision to the contact, in the contact's language, once per send. */
export const handler = consumerHandler('sales-events', [
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
