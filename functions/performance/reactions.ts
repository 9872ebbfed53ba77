import { performanceConsumer } from './consumer.ts';
import { localDate, monthOfInstant, timeZone } from '#shared/calendar.ts';
import { consumerHandler, type Delivery, effectOnce, on } from '#shared/consumer.ts';
import { sendEmail } from '#shared/email.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import { emailOutcome, startReview } from '../approvals/public.ts';
import { commit } from '#shared/transaction.ts';
import { revisitCompleted } from '../care/public.ts';
import { customerFiled, withContactLink } from '../customers/public.ts';
import { claimPaid } from '../expenses/public.ts';
import { orderCompleted, paymentRecorded, paymentRefunded, receivableWrittenOff } from '../orders/public.ts';
import { opportunityClosed } from '../sales/public.ts';
import { complaintLogged, ticketRated } from '../service/public.ts';
import type { Fact } from './model.ts';
import { evaluateRun } from './evaluating.ts';
import {
  awardGranted,
  coachingReviewDue,
  evaluationGraded,
  evaluationRequested,
  payoutReviewed,
  payoutSubmitted,
  ratingRequested,
} from './events.ts';
import {
  awardEmail,
  coachingReviewEmail,
  commissionEmail,
  gradedEmail,
  ratingRequestEmail,
} from './messages.ts';
import { payoutTitle } from './commission-rules.ts';
import { factWrite, getCommissionPayout, getRatingRequest, ratingLinkWrite } from './store.ts';

/**
 * Keeps each rep's monthly facts current from the domain events: an order's revenue and
 * cost, a new customer, a won or lost opportunity, a customer's rating (of a ticket or at a
 * revisit), an expense paid, a
 * complaint. Each fact is put under its event's id, with no "handled" record: a redelivery writes
 * the same item, and a replay of the events (`POST /event-consumers/performance-events/replays`)
 * rebuilds the same facts, whatever was there.
 */
const record = (delivery: Delivery<unknown>, fact: Omit<Fact, 'eventId' | 'at'> & { at?: string }) =>
  commit([factWrite({ ...fact, eventId: delivery.event.id, at: fact.at ?? delivery.event.at })]);

export const handler = consumerHandler(performanceConsumer, [
  on(orderCompleted, async (delivery) => {
    const { ownerId, region, currency, total, completedOn, lines } = delivery.event.payload;
    // The standard cost counts only when every line had one (in the order's currency) at completion.
    const known = lines.every((line) => line.standardCost !== undefined);
    await record(delivery, {
      employeeId: ownerId,
      month: completedOn.slice(0, 7),
      kind: 'order',
      amount: total,
      currency,
      ...(known ? { cost: lines.reduce((sum, line) => sum + line.standardCost!, 0) } : {}),
      region,
    });
  }),
  on(customerFiled, async (delivery) => {
    const { ownerId, filedAt } = delivery.event.payload;
    await record(delivery, { employeeId: ownerId, month: monthOfInstant(filedAt), kind: 'new-customer' });
  }),
  on(opportunityClosed, async (delivery) => {
    const { ownerId, outcome, closedAt } = delivery.event.payload;
    await record(delivery, {
      employeeId: ownerId,
      month: monthOfInstant(closedAt),
      kind: outcome === 'won' ? 'opportunity-won' : 'opportunity-lost',
    });
  }),
  on(ticketRated, async (delivery) => {
    const { ownerId, score, ratedAt } = delivery.event.payload;
    await record(delivery, { employeeId: ownerId, month: monthOfInstant(ratedAt), kind: 'rating', score });
  }),
  on(revisitCompleted, async (delivery) => {
    const { ownerId, satisfaction, completedAt } = delivery.event.payload;
    await record(delivery, {
      employeeId: ownerId,
      month: monthOfInstant(completedAt),
      kind: 'rating',
      score: satisfaction,
    });
  }),
  on(claimPaid, async (delivery) => {
    const { claimantId, amount } = delivery.event.payload;
    await record(delivery, {
      employeeId: claimantId,
      month: monthOfInstant(delivery.event.at),
      kind: 'expense',
      amount,
    });
  }),
  // A run's evaluation, a batch of reps a delivery under the run's rules; once evaluated, nothing.
  on(evaluationRequested, async (delivery) => {
    const { period, run, from } = delivery.event.payload;
    await evaluateRun(period, run, from ?? 0);
  }),
  // A rater gets a single-use link until the deadline; a retry (the email failed) makes a new one.
  on(ratingRequested, async (delivery) => {
    const request = await getRatingRequest(delivery.event.payload.requestId);
    if (!request || request.usedAt || Date.parse(request.dueAt) <= Date.now()) return;
    await effectOnce(delivery, { repeatable: false }, async () => {
      const token = newLinkToken();
      await commit([ratingLinkWrite(request.id, tokenDigest(token), request.dueAt)]);
      const content = ratingRequestEmail(request.language, request.raterName, request, {
        url: `${publicApiUrl()}/evaluation-ratings/${request.id}?t=${token}`,
        dueOn: localDate(new Date(request.dueAt), timeZone()),
      });
      // A customer's contact, like in every email to one, can also write to the department.
      const contact = /^contact:([^/]+)\/(.+)$/.exec(request.raterKey);
      await sendEmail({
        to: request.email,
        ...(contact
          ? await withContactLink(
              { customerId: contact[1]!, id: contact[2]!, language: request.language },
              content,
            )
          : content),
      });
    });
  }),
  on(evaluationGraded, async (delivery) => {
    const rep = await getEmployee(delivery.event.payload.employeeId);
    if (!rep) return;
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({ to: rep.email, ...gradedEmail(rep.locale, rep.name, delivery.event.payload) });
    });
  }),
  // The review day of a coaching plan (§5.4.3): the sales managers and the rep's supervisor, once.
  on(coachingReviewDue, async (delivery) => {
    const plan = delivery.event.payload;
    const people = await allEmployees();
    const rep = people.find((person) => person.id === plan.employeeId);
    if (!rep) return;
    const reviewers = people.filter(
      (person) =>
        person.id !== rep.id && (person.roles.includes('sales_manager') || person.id === rep.supervisorId),
    );
    await effectOnce(delivery, { repeatable: false }, async () => {
      for (const reviewer of reviewers)
        await sendEmail({
          to: reviewer.email,
          ...coachingReviewEmail(
            reviewer.locale,
            reviewer.name,
            { ...plan, repName: rep.name },
            publicApiUrl(),
          ),
        });
    });
  }),
  on(awardGranted, async (delivery) => {
    const person = await getEmployee(delivery.event.payload.employeeId);
    if (!person) return;
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({
        to: person.email,
        ...awardEmail(person.locale, person.name, delivery.event.payload),
      });
    });
  }),
  // Commissions are earned on money collected, in the month finance records it (never a month
  // already paid out); a write-off claws back what the order's collected money earned.
  on(paymentRecorded, async (delivery) => {
    const { ownerId, orderId, currency, amount, lines } = delivery.event.payload;
    await record(delivery, {
      employeeId: ownerId,
      month: monthOfInstant(delivery.event.at),
      kind: 'collected',
      orderId,
      amount,
      currency,
      ...(lines ? { shares: lines } : {}),
    });
  }),
  on(receivableWrittenOff, async (delivery) => {
    const { ownerId, orderId, currency, collected, lines } = delivery.event.payload;
    if (collected === 0) return;
    await record(delivery, {
      employeeId: ownerId,
      month: monthOfInstant(delivery.event.at),
      kind: 'clawback',
      orderId,
      amount: collected,
      currency,
      shares: lines,
    });
  }),
  // Money paid back earned nothing: a refund takes its share back under every plan.
  on(paymentRefunded, async (delivery) => {
    const { ownerId, orderId, currency, amount, lines } = delivery.event.payload;
    await record(delivery, {
      employeeId: ownerId,
      month: monthOfInstant(delivery.event.at),
      kind: 'refund',
      orderId,
      amount,
      currency,
      shares: lines,
    });
  }),
  on(payoutSubmitted, async (delivery) => {
    const payout = await getCommissionPayout(delivery.event.subject.id, true);
    if (payout?.status !== 'under_review' || payout.round !== delivery.event.payload.round) return;
    await effectOnce(delivery, { repeatable: true }, () =>
      startReview('commission-payout', delivery.event.payload),
    );
  }),
  on(payoutReviewed, async (delivery) => {
    const period = delivery.event.subject.id;
    const approved = delivery.event.payload.status === 'approved';
    const payout = approved ? await getCommissionPayout(period, true) : undefined;
    const people = new Map((await allEmployees()).map((person) => [person.id, person]));
    await emailOutcome(
      delivery,
      (language) => payoutTitle(period, language),
      { en: 'is approved; finance pays each rep’s commission', 'zh-CN': '已批准，财务将按提成单发放' },
      // Approved, each rep (still here) learns their commission.
      async () => {
        for (const statement of payout?.statements ?? []) {
          const rep = people.get(statement.employeeId);
          if (!rep || rep.status === 'left') continue;
          await sendEmail({ to: rep.email, ...commissionEmail(rep.locale, rep.name, statement) });
        }
      },
    );
  }),
  on(complaintLogged, async (delivery) => {
    await record(delivery, {
      employeeId: delivery.event.payload.ownerId,
      month: monthOfInstant(delivery.event.at),
      kind: 'complaint',
    });
  }),
]);
