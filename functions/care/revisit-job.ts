import { collectAll } from '#shared/listing.ts';
import { addDays, localDate } from '#shared/calendar.ts';
import { newResource } from '#shared/clock.ts';
import { forEachConcurrently } from '#shared/concurrency.ts';
import type { CalendarEntry } from '#shared/calendar-invitation.ts';
import { sendEmail } from '#shared/email.ts';
import type { JobContext, JobCounts } from '#shared/job.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import {
  type FollowUp,
  followUpReminders,
  openFollowUpsDueBy,
  customerStatistics,
  departmentCustomers,
  latestInteractionAt,
  recordLastContact,
} from '../customers/public.ts';
import { getEmployee, listEmployees } from '../employees/public.ts';
import type { Revisit } from './model.ts';
import {
  isOverdue,
  type RevisitCandidate,
  revisitDue,
  revisitDueOn,
  revisitReason,
} from './revisit-rules.ts';
import { careSettings } from './settings.ts';
import { claimDigest, digestSent, listRevisits, openRevisitWrites, releaseDigest } from './store.ts';
import { type DigestEntry, type FollowUpEntry, revisitDigest } from './templates.ts';

const WORKERS = 8;

/**
 * The daily revisit planning: opens a revisit for every customer whose class
 * interval has passed since the last communication record, never two open at once, then emails
 * each rep one digest of new and overdue revisits, and of follow-ups planned for today or missed.
 */
export async function planRevisits({
  today,
  scheduledTime,
  timeZone,
  tally,
  pages,
}: JobContext): Promise<JobCounts> {
  const settings = careSettings();
  const counts = tally({
    customers: 0,
    opened: 0,
    alreadyOpen: 0,
    contactedMeanwhile: 0,
    digests: 0,
    digestFailures: 0,
  });
  const dateOf = (instant: string) => localDate(new Date(instant), timeZone);
  await pages('customers', departmentCustomers, async (customers) => {
    const stats = await customerStatistics(customers.map((customer) => customer.id));
    await forEachConcurrently(customers, WORKERS, async (customer) => {
      counts.customers++;
      const lastContact = stats.get(customer.id)?.lastInteractionAt as string | undefined;
      const candidate: RevisitCandidate = {
        status: customer.status,
        class: customer.class,
        lastContactOn: lastContact && dateOf(lastContact),
        filedOn: dateOf(customer.createdAt),
      };
      if (!revisitDue(candidate, today, settings)) return;
      // The aggregate is a hint; the communication records decide.
      const latest = await latestInteractionAt(customer.id);
      if (latest && latest !== lastContact) {
        await recordLastContact(customer.id, latest);
        if (!revisitDue({ ...candidate, lastContactOn: dateOf(latest) }, today, settings)) {
          counts.contactedMeanwhile++;
          return;
        }
      }
      const revisit: Revisit = newResource(
        {
          customerId: customer.id,
          customerName: customer.name,
          ownerId: customer.ownerId,
          status: 'open' as const,
          openedOn: today,
          dueOn: revisitDueOn(today, settings),
          reason: revisitReason({ ...candidate, lastContactOn: latest && dateOf(latest) }, settings),
        },
        scheduledTime.toISOString(),
      );
      try {
        await commit(openRevisitWrites(revisit));
        counts.opened++;
      } catch (error) {
        if (error instanceof TransactionCancelled && error.failedCondition('openRevisitClaim')) {
          counts.alreadyOpen++;
          return;
        }
        throw error;
      }
    });
  });

  // Every employee with revisits opened today or overdue gets a digest.
  await pages('digests', listEmployees, async (employees) => {
    for (const employee of employees) {
      const outcome = await sendDigest(employee.id, today);
      if (outcome === 'sent') counts.digests++;
      if (outcome === 'failed') counts.digestFailures++;
    }
  });
  if (counts.digestFailures > 0)
    throw new Error(`${counts.digestFailures} revisit digests could not be sent`);
  return counts;
}

const openRevisitsOf = (ownerId: string): Promise<Revisit[]> =>
  collectAll((page) => listRevisits({ ownerId }, { status: 'open' }, page));

/** One digest per rep and day: claimed before sending, given back if the send fails. */
async function sendDigest(ownerId: string, today: string): Promise<'sent' | 'nothing' | 'failed'> {
  const open = await openRevisitsOf(ownerId);
  const entry = (revisit: Revisit): DigestEntry => ({
    revisitId: revisit.id,
    customerName: revisit.customerName,
    dueOn: revisit.dueOn,
    reason: revisit.reason,
  });
  const opened = open.filter((revisit) => revisit.openedOn === today).map(entry);
  const overdue = open.filter((revisit) => isOverdue(revisit, today)).map(entry);
  const reminders = followUpReminders(await openFollowUpsDueBy(ownerId, today), today);
  const followUp = ({ customerId, customerName, dueOn, summary }: FollowUp): FollowUpEntry => ({
    customerId,
    customerName,
    dueOn,
    summary,
  });
  const followUps = reminders.today.map(followUp);
  const missed = reminders.missed.map(followUp);
  if (opened.length + overdue.length + followUps.length + missed.length === 0) return 'nothing';
  const rep = await getEmployee(ownerId);
  if (!rep) return 'nothing';
  if (!(await claimDigest(ownerId, today))) return 'nothing';
  try {
    const content = revisitDigest(
      rep.locale,
      rep.name,
      { opened, overdue, followUps, missed },
      process.env.PUBLIC_API_URL ?? '',
    );
    // Each revisit opened today, as a day in the rep's calendar (it is done any time that day).
    const calendar: CalendarEntry[] = open
      .filter((revisit) => revisit.openedOn === today)
      .map((revisit) => ({
        uid: `revisit-${revisit.id}`,
        sequence: 0,
        method: 'request',
        allDay: true,
        start: revisit.dueOn,
        end: addDays(revisit.dueOn, 1),
        summary: `${rep.locale === 'en' ? 'Revisit' : '回访'}: ${revisit.customerName}`,
        description: revisit.reason,
        attendeeName: rep.name,
      }));
    await digestSent(ownerId, today, await sendEmail({ to: rep.email, ...content, calendar }));
    return 'sent';
  } catch (error) {
    logger.error('revisit digest not sent', { ownerId, error: (error as Error).message });
    await releaseDigest(ownerId, today);
    return 'failed';
  }
}
