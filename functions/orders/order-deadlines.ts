import { sendEmail } from '#shared/email.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { formatMoney } from '#shared/money.ts';
import { logger } from '#shared/observability.ts';
import { allEmployees, type Employee } from '../employees/public.ts';
import { attentionEmail } from './messages.ts';
import type { Installment } from './model.ts';
import { type FulfilmentWait, getOrder, markWaitReminded, openInstallments, overdueWaits } from './store.ts';
import { orderTitle } from './rules.ts';
import { emailParts } from '#shared/html.ts';

/**
 * The daily order deadlines:
 * - a fulfilment step past its deadline reminds who it waits for, once: production to accept, or
 *   to complete by its planned date (then sales admin and the rep are alerted too: late
 *   production), logistics to ship by the delivery date, the rep to have the receipt confirmed;
 * - each rep with overdue installments gets a digest of them.
 */
const REMINDERS: Record<NonNullable<FulfilmentWait['until']>, Record<'zh-CN' | 'en', string> | undefined> = {
  received: undefined,
  under_review: undefined,
  returned: undefined,
  awaiting_production: undefined,
  in_production: { en: 'waiting for production to accept it', 'zh-CN': '等待生产部门接单' },
  ready_to_ship: {
    en: 'its planned production completion date has passed without completion',
    'zh-CN': '已过计划完工日期，生产尚未完成',
  },
  shipping: undefined,
  shipped: {
    en: 'not shipped in full and its delivery date has come',
    'zh-CN': '已到交货日期，货物尚未全部发出',
  },
  receipt_issue: undefined,
  delivered: { en: 'the customer has not confirmed the receipt yet', 'zh-CN': '客户尚未确认收货' },
  completed: undefined,
};

function recipients(wait: FulfilmentWait, ownerId: string, people: readonly Employee[]): Employee[] {
  const holders = (role: Employee['roles'][number]) => people.filter((person) => person.roles.includes(role));
  const rep = people.filter((person) => person.id === ownerId);
  switch (wait.waitingFor) {
    case 'production':
      // Late production alerts sales admin and the rep as well.
      return wait.until === 'ready_to_ship'
        ? [...holders('production'), ...holders('sales_admin'), ...rep]
        : holders('production');
    case 'logistics':
      return holders('logistics');
    default:
      return rep;
  }
}

export async function enforceOrderDeadlines({
  today,
  scheduledTime,
  tally,
  pages,
}: JobContext): Promise<JobCounts> {
  const counts = tally({ overdueSteps: 0, reminders: 0, overdueInstallments: 0, digests: 0, failed: 0 });
  const people = await allEmployees();
  const at = scheduledTime.toISOString();
  await pages('steps', overdueWaits(today), async (waits) => {
    for (const wait of waits) {
      counts.overdueSteps++;
      const message = REMINDERS[wait.until];
      try {
        // Marked first: a retried run does not remind twice (at worst one reminder is lost).
        if (!message || !(await markWaitReminded(wait, at))) continue;
        const order = await getOrder(wait.orderId);
        if (!order) continue;
        for (const person of new Set(recipients(wait, order.ownerId, people))) {
          await sendEmail({
            to: person.email,
            ...attentionEmail(person.locale, person.name, order.id, message),
          });
          counts.reminders++;
        }
      } catch (error) {
        logger.warn('order reminder not sent', { orderId: wait.orderId, error: (error as Error).message });
        counts.failed++;
      }
    }
  });
  // Overdue: due before today. The digest goes out each day they stay overdue.
  const overdue = new Map<string, Installment[]>();
  await pages(
    'receivables',
    (page) => openInstallments('department', page, today),
    async (items) => {
      for (const item of items.filter((candidate) => candidate.dueDate < today)) {
        counts.overdueInstallments++;
        overdue.set(item.ownerId, [...(overdue.get(item.ownerId) ?? []), item]);
      }
    },
  );
  for (const [ownerId, items] of overdue) {
    const rep = people.find((person) => person.id === ownerId);
    if (!rep) continue;
    try {
      await sendEmail({ to: rep.email, ...overdueDigest(rep, items) });
      counts.digests++;
    } catch (error) {
      logger.warn('overdue digest not sent', { ownerId, error: (error as Error).message });
      counts.failed++;
    }
  }
  return counts;
}

function overdueDigest(rep: Employee, items: readonly Installment[]) {
  const en = rep.locale === 'en';
  const lines = items.map(
    (item) =>
      `${orderTitle(item.orderId, rep.locale)} · ${item.label}: ${formatMoney(item.amount - item.paid, item.currency)} ${en ? 'due' : '应于'} ${item.dueDate}`,
  );
  const subject = en ? `Overdue payments: ${items.length}` : `逾期应收款：${items.length} 笔`;
  return {
    subject,
    ...emailParts([
      en ? `Dear ${rep.name},` : `${rep.name}您好：`,
      en ? 'These installments of your customers are overdue:' : '您的客户以下款项已逾期：',
      ...lines,
    ]),
  };
}

export const handler = jobHandler('order-deadlines', enforceOrderDeadlines);
