import { today } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { emailParts } from '#shared/html.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { logger } from '#shared/observability.ts';
import { allEmployees, isActive } from '../employees/public.ts';
import { daysToSeal, sealDay, sealPage, verifyDay, type SealVerification } from './seals.ts';

/**
 * The daily seal of the audit trail: seals each day not sealed yet up to yesterday, then checks
 * every sealed day again. A day that no longer matches is logged as an error (an alarm on AWS) and
 * emailed to audit, every run until it is looked into.
 */
export async function sealAndCheck(context: JobContext): Promise<JobCounts> {
  const counts = context.tally({ sealed: 0, entries: 0, checked: 0, broken: 0, emails: 0 });
  // A firing for a later time (`npm run job -- audit-seal --at …`) seals no day that has not ended:
  // entries still to come that day would never be in its seal.
  const ended = [context.today, today()].sort()[0]!;
  for (const day of await daysToSeal(ended)) {
    const outcome = await sealDay(day);
    if (outcome.sealed) {
      counts.sealed++;
      counts.entries += outcome.entries;
    }
  }
  const broken: SealVerification[] = [];
  await context.pages('check', sealPage, async (seals) => {
    for (const seal of seals) {
      const verification = await verifyDay(seal.day);
      counts.checked++;
      if (verification && !verification.intact) {
        broken.push(verification);
        counts.broken++;
      }
    }
  });
  if (broken.length === 0) return counts;
  logger.error('audit trail no longer matches its seals', {
    days: broken.map(({ day, problems }) => ({ day, problems })),
  });
  const auditors = (await allEmployees()).filter(
    (person) => isActive(person) && person.roles.includes('auditor'),
  );
  for (const person of auditors) {
    const en = person.locale === 'en';
    await sendEmail({
      to: person.email,
      subject: en
        ? `The audit trail no longer matches its seal on ${broken.length} day(s)`
        : `审计记录有 ${broken.length} 天与封存不符`,
      ...emailParts([
        en ? `Dear ${person.name},` : `${person.name}您好：`,
        ...broken.map(({ day, problems }) => `${day}: ${problems.join('; ')}`),
        en
          ? 'GET /audit/seals/{day} shows each day’s check.'
          : '可通过 GET /audit/seals/{day} 查看每天的核对结果。',
      ]),
    });
    counts.emails++;
  }
  return counts;
}

export const handler = jobHandler('audit-seal', sealAndCheck);
