import { monthOf } from '#shared/calendar.ts';

/**
 * When evaluations run (R-4.2): the monthly firing on the 1st evaluates the month just ended, and
 * the quarter and the year when they end with it. Pure, over the department's local dates.
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

export const kindOf = (period: string): PeriodKind =>
  period.length === 4 ? 'year' : period[5] === 'Q' ? 'quarter' : 'month';

/** The periods a firing on `today` (a local date) evaluates, the month first. */
export function duePeriods(today: string): string[] {
  const month = monthOf(today, -1);
  const [year, number] = [month.slice(0, 4), Number(month.slice(5))];
  const periods = [month];
  if (number % 3 === 0) periods.push(`${year}-Q${number / 3}`);
  if (number === 12) periods.push(year);
  return periods;
}

/** The local day of the firing that evaluates a period: the 1st of the month after it. */
export function firingDay(period: string): string {
  const last =
    kindOf(period) === 'year'
      ? `${period}-12`
      : kindOf(period) === 'quarter'
        ? `${period.slice(0, 4)}-${String(Number(period[6]) * 3).padStart(2, '0')}`
        : period;
  return `${monthOf(`${last}-01`, 1)}-01`;
}
