import { expensesConsumer } from './consumer.ts';
import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { emailOutcome, startReview, stopReview } from '../approvals/public.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { claimPaid, claimReviewed, claimSubmitted, claimWithdrawn } from './events.ts';
import { paidEmail, refusalEmail } from './messages.ts';
import { claimTitle } from './rules.ts';

/**
 * The expenses domain's reactions: a submitted claim's approval starts, a withdrawn one's stops;
 * the claimant is told the outcome and the payment; a refusal by finance is reported to the sales manager and the
 * general manager.
 */
export const handler = consumerHandler(expensesConsumer, [
  on(claimSubmitted, (delivery) =>
    effectOnce(delivery, { repeatable: true }, () =>
      startReview('expense-approval', delivery.event.payload),
    ).then(() => undefined),
  ),
  on(claimWithdrawn, (delivery) =>
    effectOnce(delivery, { repeatable: true }, () =>
      stopReview(
        'expense-approval',
        { type: 'claim', id: delivery.event.payload.claimId },
        delivery.event.payload.round,
        'Withdrawn by the claimant',
        delivery.event.actor,
      ),
    ).then(() => undefined),
  ),
  on(claimReviewed, async (delivery) => {
    const { payload } = delivery.event;
    if (payload.status !== 'refused') {
      await emailOutcome(delivery, (language) => claimTitle({ id: delivery.event.subject.id }, language), {
        en: 'is approved for payment',
        'zh-CN': '已批准，待付款',
      });
      return;
    }
    // The claimant and management learn of the refusal in one claim of this event.
    const people = (await allEmployees()).filter(
      (person) =>
        person.id === payload.claimantId ||
        person.roles.includes('sales_manager') ||
        person.roles.includes('general_manager'),
    );
    await effectOnce(delivery, { repeatable: false }, async () => {
      for (const person of people)
        await sendEmail({
          to: person.email,
          ...refusalEmail(
            person.locale,
            person.name,
            delivery.event.subject.id,
            payload.rejection?.comment ?? '',
          ),
        });
    });
  }),
  on(claimPaid, async (delivery) => {
    const { payload } = delivery.event;
    const claimant = await getEmployee(payload.claimantId);
    if (!claimant) return;
    await effectOnce(delivery, { repeatable: false }, () =>
      sendEmail({ to: claimant.email, ...paidEmail(claimant.locale, claimant.name, payload) }).then(
        () => undefined,
      ),
    );
  }),
]);
