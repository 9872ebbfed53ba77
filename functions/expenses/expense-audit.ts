import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { openAudit } from './audits.ts';

/** The quarter before the one `today` is in: `2026-10-01` → `2026-Q3`. */
export function quarterBefore(today: string): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/**
 * The periodic internal audit (R-6.6, §7.3.3): on the first day of each quarter, the last quarter's
 * approved and paid claims are sampled by the published rule and its audit opened. A second firing
 * for the same quarter (a retry, or an auditor who opened it first) changes nothing.
 */
export async function openQuarterAudit({ today }: JobContext): Promise<JobCounts> {
  const audit = await openAudit(quarterBefore(today), 'expense-audit', today);
  return { opened: audit ? 1 : 0, sampled: audit?.sampled ?? 0, population: audit?.population ?? 0 };
}

export const handler = jobHandler('expense-audit', openQuarterAudit);
