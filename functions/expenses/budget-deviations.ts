import { monthOf } from '#shared/calendar.ts';
import { sendEmail } from '#shared/email.ts';
import { emailParts } from '#shared/html.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { formatMoney } from '#shared/money.ts';
import { allEmployees, type Employee } from '../employees/public.ts';
import { deviations } from './rules.ts';
import { expenseSettings } from './settings.ts';
import { budgetLinesOf } from './store.ts';

/**
 * The monthly budget-against-actual comparison: after each month, every category and line
 * (the department's share, each rep's part) whose spending departs from its budget by more than
 * `deviationPercent` either way is listed in one email to the sales manager and finance.
 */
export async function compareBudgets({ today }: JobContext): Promise<JobCounts> {
  const month = monthOf(today, -1);
  const settings = expenseSettings();
  const lines = await budgetLinesOf(month.slice(0, 4), { from: month, to: month });
  const flagged = deviations(lines, settings.deviationPercent);
  const counts = { lines: lines.length, flagged: flagged.length, emails: 0 };
  if (flagged.length === 0) return counts;
  const readers = (await allEmployees()).filter(
    (person) => person.roles.includes('sales_manager') || person.roles.includes('finance'),
  );
  for (const person of readers) {
    await sendEmail({ to: person.email, ...deviationEmail(person, month, flagged, settings.currency) });
    counts.emails++;
  }
  return counts;
}

function deviationEmail(
  person: Employee,
  month: string,
  flagged: ReturnType<typeof deviations>,
  currency: string,
) {
  const en = person.locale === 'en';
  const money = (value: number) => formatMoney(value, currency);
  const lines = flagged.map(
    (item) =>
      `${item.category} · ${item.scope}: ${en ? 'budget' : '预算'} ${money(item.budgeted)}, ${en ? 'spent' : '实际'} ${money(item.spent)} (${item.deviationPercent > 0 ? '+' : ''}${item.deviationPercent} %)`,
  );
  return {
    subject: en
      ? `Expenses ${month}: ${flagged.length} deviation(s) from budget`
      : `${month} 费用：${flagged.length} 项偏离预算`,
    ...emailParts([en ? `Dear ${person.name},` : `${person.name}您好：`, ...lines]),
  };
}

export const handler = jobHandler('budget-deviations', compareBudgets);
