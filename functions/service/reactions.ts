import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { localTime } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { logger } from '#shared/observability.ts';
import { getContact } from '../customers/public.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { complaintAnswered, complaintEscalated } from './events.ts';
import { answerEmail, overdueEmail } from './messages.ts';
import { getComplaint } from './store.ts';

/**
 * The service domain's reactions: the customer's contact gets the complaint's answer in their
 * language (replies go to the rep); an overdue complaint is reported to the sales manager and its
 * owner, once.
 */
export const handler = consumerHandler('service-events', [
  on(complaintAnswered, async (delivery) => {
    const { complaintId, customerId, contactId, ownerId } = delivery.event.payload;
    const [complaint, contact, rep] = await Promise.all([
      getComplaint(complaintId),
      getContact(customerId, contactId),
      getEmployee(ownerId),
    ]);
    if (!complaint?.answer || !contact?.email) {
      logger.warn('no answer or no contact email; the rep answers by other means', { complaintId });
      return;
    }
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({
        to: contact.email!,
        ...(rep ? { replyTo: rep.email } : {}),
        ...answerEmail(contact.language, contact.name, complaintId, complaint.answer!.text),
      });
    });
  }),
  on(complaintEscalated, async (delivery) => {
    const { complaintId, ownerId, answerDueAt } = delivery.event.payload;
    const people = (await allEmployees()).filter(
      (person) => person.id === ownerId || person.roles.includes('sales_manager'),
    );
    await effectOnce(delivery, { repeatable: false }, async () => {
      for (const person of people)
        await sendEmail({
          to: person.email,
          ...overdueEmail(person.locale, person.name, complaintId, localTime(answerDueAt)),
        });
    });
  }),
]);
