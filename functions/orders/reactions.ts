import { ordersConsumer } from './consumer.ts';
import { causes } from '#shared/change.ts';
import { applyOnce, consumerHandler, type Delivery, effectOnce, on } from '#shared/consumer.ts';
import { localDate, timeZone } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { type PayloadOf } from '#shared/events.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { emailOutcome, startReview } from '../approvals/public.ts';
import { contractSigned } from '../contracts/public.ts';
import { ticketSolved } from '../service/public.ts';
import { collectAll } from '#shared/listing.ts';
import { listContacts, withContactLink } from '../customers/public.ts';
import { allEmployees, type Employee, getEmployee } from '../employees/public.ts';
import {
  amendmentRequested,
  fulfilmentRestarted,
  fulfilmentStalled,
  fulfilmentWaiting,
  amendmentReviewed,
  orderCreated,
  orderReceived,
  orderReviewed,
  orderReviewRequested,
  orderShipped,
  productionUpdated,
  receiptIssueResolved,
} from './events.ts';
import { issueResolutionWrites } from './receipts.ts';
import { resumeIfReached, startFulfilment } from './fulfilment-flow.ts';
import { attentionEmail, productionEmail, shipmentEmail } from './messages.ts';
import { planInstallments } from './receivable-rules.ts';
import { requestOrderReview } from './review.ts';
import { orderFromContract, orderTitle } from './rules.ts';
import { orderSettings } from './settings.ts';
import { createOrderWrites, getOrder, getOrderFile, installmentWrite, receiptLinkWrite } from './store.ts';

/**
 * The orders domain's reactions: an effective contract becomes its order, once, with its
 * installments, put to sales admin's review; the fulfilment workflow starts and is resumed as
 * the order moves; the rep, sales admin and the customer's contact are told what concerns them.
 */

/** Emails someone once per event (see effectOnce). */
const tell = (delivery: Delivery<unknown>, to: Employee, email: ReturnType<typeof attentionEmail>) =>
  effectOnce(delivery, { repeatable: false }, async () => {
    await sendEmail({ to: to.email, ...email });
  });

const moved = (delivery: Delivery<{ orderId: string }>) => resumeIfReached(delivery.event.payload.orderId);

export const handler = consumerHandler(ordersConsumer, [
  on(contractSigned, async (delivery) => {
    const { event } = delivery;
    const received = orderFromContract(event.payload, event.at);
    // Straight to sales admin's review, in the same transaction as the order.
    const review = await requestOrderReview(received, event.payload.ownerId, event.at);
    const order = review?.next ?? received;
    const settings = orderSettings();
    const created = causes(orderCreated, {
      orderId: order.id,
      contractId: order.contractId,
      customerId: order.customerId,
      ownerId: order.ownerId,
      currency: order.currency,
      total: order.total,
      deliveryDate: order.deliveryDate,
    });
    try {
      await applyOnce(
        delivery,
        createOrderWrites(order, { at: event.at, what: 'created', by: event.actor }, event.actor, {
          with: planInstallments(order, settings.paymentPlan, settings).map((item) =>
            installmentWrite(undefined, item),
          ),
          events: [created, ...(review ? [review.event] : [])],
        }),
      );
    } catch (error) {
      // The order is named after its contract: a replay long after the first delivery finds it.
      if (!(error instanceof TransactionCancelled && error.failedCondition('order'))) throw error;
    }
  }),
  on(orderCreated, (delivery) =>
    effectOnce(delivery, { repeatable: true }, () => startFulfilment(delivery.event.payload.orderId, 1)).then(
      () => undefined,
    ),
  ),
  on(fulfilmentRestarted, (delivery) =>
    effectOnce(delivery, { repeatable: true }, () =>
      startFulfilment(delivery.event.payload.orderId, delivery.event.payload.run),
    ).then(() => undefined),
  ),
  // Repeatable: a second start of the same round is the same execution.
  on(orderReviewRequested, async (delivery) => {
    const order = await getOrder(delivery.event.subject.id);
    if (order?.status !== 'under_review' || order.reviewRound !== delivery.event.payload.round) return;
    await effectOnce(delivery, { repeatable: true }, () =>
      startReview('order-review', delivery.event.payload),
    );
  }),
  on(orderReviewed, async (delivery) => {
    await resumeIfReached(delivery.event.subject.id);
    await emailOutcome(delivery, (language) => orderTitle(delivery.event.subject.id, language), {
      en: 'goes to production',
      'zh-CN': '转入生产',
    });
  }),
  on(fulfilmentWaiting, moved),
  on(receiptIssueResolved, moved),
  on(productionUpdated, async (delivery) => {
    await moved(delivery);
    const rep = await getEmployee(delivery.event.payload.ownerId);
    if (rep) await tell(delivery, rep, productionEmail(rep.locale, rep.name, delivery.event.payload));
  }),
  on(orderShipped, async (delivery) => {
    await moved(delivery);
    await emailShipment(delivery);
  }),
  on(orderReceived, async (delivery) => {
    await moved(delivery);
    const { problems, ownerId, orderId } = delivery.event.payload;
    const rep = await getEmployee(ownerId);
    if (problems > 0 && rep)
      await tell(
        delivery,
        rep,
        attentionEmail(rep.locale, rep.name, orderId, {
          en: `the customer reported ${problems} problem(s) with the receipt; each is a service ticket, and the order completes once they are solved`,
          'zh-CN': `客户收货时报告了 ${problems} 个问题，已各自生成服务工单，全部解决后订单方可完成`,
        }),
      );
  }),
  // Repeatable: a second start of the same amendment's round is the same execution.
  on(amendmentRequested, (delivery) =>
    effectOnce(delivery, { repeatable: true }, () =>
      startReview('order-amendment-review', delivery.event.payload),
    ).then(() => undefined),
  ),
  on(amendmentReviewed, (delivery) =>
    emailOutcome(
      delivery,
      (language) =>
        language === 'en'
          ? `Amendment ${delivery.event.payload.round} of ${orderTitle(delivery.event.subject.id, language)}`
          : `${orderTitle(delivery.event.subject.id, language)}第 ${delivery.event.payload.round} 次变更`,
      { en: 'applies to the order', 'zh-CN': '已更新订单' },
    ),
  ),
  on(fulfilmentStalled, async (delivery) => {
    const { orderId, ownerId, reason } = delivery.event.payload;
    const people = (await allEmployees()).filter(
      (employee) => employee.id === ownerId || employee.roles.includes('sales_admin'),
    );
    const message = {
      en: `its fulfilment stalled (${reason}); sales admin starts it again`,
      'zh-CN': `履约流程已停滞（${reason}），请销售内勤重新启动`,
    };
    // One email per person would need one claim each; a single claim covers the batch (at most one lost, never two sent).
    await effectOnce(delivery, { repeatable: false }, async () => {
      for (const person of people)
        await sendEmail({
          to: person.email,
          ...attentionEmail(person.locale, person.name, orderId, message),
        });
    });
  }),
  // A receipt problem's service ticket was solved: its receipt issue is resolved with the solution.
  on(ticketSolved, async (delivery) => {
    const { event } = delivery;
    const { orderId, receiptIssueId, ticketId, solution } = event.payload;
    if (!orderId || !receiptIssueId) return;
    const file = await getOrderFile(orderId, true);
    const issue = file?.issues.find((candidate) => candidate.id === receiptIssueId);
    if (!file || issue?.status !== 'open') return;
    const { items } = issueResolutionWrites(
      file.order,
      issue,
      `Service ticket ${ticketId.slice(-8)}: ${solution}`,
      event.actor,
      event.at,
    );
    await applyOnce(delivery, items);
  }),
]);

/**
 * Tells the customer's contact of a shipment, in their language; with the last shipment, the
 * single-use receipt link (a new link replaces an earlier one, whose token then stops working).
 */
async function emailShipment(delivery: Delivery<PayloadOf<typeof orderShipped>>) {
  const shipment = delivery.event.payload;
  const contacts = await collectAll((page) => listContacts(shipment.customerId, page));
  const contact = contacts.find((candidate) => candidate.email);
  if (!contact?.email) {
    logger.warn('the customer has no contact with an email; the rep records the receipt', {
      orderId: shipment.orderId,
    });
    return;
  }
  const rep = await getEmployee(shipment.ownerId);
  await effectOnce(delivery, { repeatable: false }, async () => {
    let receiptLink: { url: string; expiresOn: string } | undefined;
    if (shipment.complete) {
      const token = newLinkToken();
      const days = orderSettings().receiptLinkDays;
      const validUntil = new Date(Date.parse(delivery.event.at) + days * 86_400_000).toISOString();
      await commit([
        receiptLinkWrite({
          orderId: shipment.orderId,
          contactId: contact.id,
          contactName: contact.name,
          email: contact.email!,
          language: contact.language,
          tokenHash: tokenDigest(token),
          validUntil,
        }),
      ]);
      receiptLink = {
        url: `${publicApiUrl()}/receipts/${shipment.orderId}?t=${token}`,
        expiresOn: localDate(new Date(validUntil), timeZone()),
      };
    }
    await sendEmail({
      to: contact.email!,
      ...(rep ? { replyTo: rep.email } : {}),
      ...(await withContactLink(
        contact,
        shipmentEmail(contact.language, contact.name, shipment, receiptLink),
      )),
    });
  });
}
