import { expensesConsumer } from './consumer.ts';
import { consumerHandler, type Delivery, effectOnce, on } from '#shared/consumer.ts';
import type { Email } from '#shared/email.ts';
import { sendEmail } from '#shared/email.ts';
import { emailOutcome, startReview, stopReview } from '../approvals/public.ts';
import { allEmployees, type Employee, getEmployee } from '../employees/public.ts';
import { summarize } from './audit-rules.ts';
import { getAudit } from './audit-store.ts';
import {
  auditFindingRecorded,
  claimPaid,
  claimReviewed,
  claimSubmitted,
  claimWithdrawn,
  expenseAuditClosed,
  expenseAuditOpened,
} from './events.ts';
import { auditOpenedEmail, auditReportEmail, findingEmail, paidEmail, refusalEmail } from './messages.ts';
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
  // The internal audit: the auditors learn of a drawn sample; the claimant and the sales
  // manager of a finding to answer; management and finance of the closed period's report.
  on(expenseAuditOpened, (delivery) =>
    emailEach(
      delivery,
      (person) => person.roles.includes('auditor'),
      (person) => auditOpenedEmail(person.locale, person.name, delivery.event.payload),
    ),
  ),
  on(auditFindingRecorded, (delivery) => {
    const { payload } = delivery.event;
    return emailEach(
      delivery,
      (person) => person.id === payload.claimantId || person.roles.includes('sales_manager'),
      (person) => findingEmail(person.locale, person.name, payload),
    );
  }),
  on(expenseAuditClosed, async (delivery) => {
    const file = await getAudit(delivery.event.payload.period, true);
    if (!file) return;
    const report = {
      ...file.audit,
      conclusion: file.audit.conclusion ?? '',
      summary: summarize(file.audit.population, file.findings),
    };
    await emailEach(
      delivery,
      (person) =>
        ['sales_manager', 'general_manager', 'finance'].some((role) => person.roles.includes(role as never)),
      (person) => auditReportEmail(person.locale, person.name, report),
    );
  }),
]);

/** One email to each active employee `to` picks, under one claim of the event. */
async function emailEach(
  delivery: Delivery<unknown>,
  to: (person: Employee) => boolean,
  email: (person: Employee) => Omit<Email, 'to'>,
): Promise<void> {
  const people = (await allEmployees()).filter(to);
  await effectOnce(delivery, { repeatable: false }, async () => {
    for (const person of people) await sendEmail({ to: person.email, ...email(person) });
  });
}
