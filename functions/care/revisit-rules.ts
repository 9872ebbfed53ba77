import { nextVersion } from '#shared/clock.ts';
import { addDays, daysBetween } from '#shared/calendar.ts';
import { conflict } from '#shared/domain-errors.ts';
import type { CareSettings } from './settings.ts';

export interface RevisitCandidate {
  status: 'prospect' | 'active' | 'dormant' | 'lost';
  class: 'A' | 'B' | 'C' | null;
  /** Calendar date of the last communication record, if any. */
  lastContactOn: string | undefined;
  /** Calendar date the customer was filed: the clock starts there when nobody has called yet. */
  filedOn: string;
}

/**
 * Whether a customer is due a revisit today: its class's interval has passed since the last
 * contact (or since it was filed). Lost customers are not revisited; unclassified ones follow C.
 */
export function revisitDue(candidate: RevisitCandidate, today: string, settings: CareSettings): boolean {
  if (candidate.status === 'lost') return false;
  const interval = settings.revisitIntervalDays[candidate.class ?? 'C'];
  return daysBetween(candidate.lastContactOn ?? candidate.filedOn, today) >= interval;
}

export function revisitReason(candidate: RevisitCandidate, settings: CareSettings): string {
  const interval = settings.revisitIntervalDays[candidate.class ?? 'C'];
  const since = candidate.lastContactOn
    ? `last contact on ${candidate.lastContactOn}`
    : `no contact since filed on ${candidate.filedOn}`;
  return `Class ${candidate.class ?? 'C (unclassified)'} customers are contacted every ${interval} days; ${since}.`;
}

export const revisitDueOn = (today: string, settings: CareSettings) =>
  addDays(today, settings.revisitDueInDays);

/** An open revisit past its due date is overdue. */
export const isOverdue = (revisit: { status: string; dueOn: string }, today: string) =>
  revisit.status === 'open' && revisit.dueOn < today;

/** An open revisit, completed by who made it: the outcome, the customer's satisfaction, its record. */
export function completeRevisit<R extends { status: string; version: number; id: string }>(
  revisit: R,
  completion: { by: string; outcome: string; satisfaction: number; interactionId: string },
  at: string,
): R & { status: 'completed' } {
  if (revisit.status !== 'open') throw conflict(`Revisit ${revisit.id} is already completed.`);
  return nextVersion(
    {
      ...revisit,
      status: 'completed',
      completedAt: at,
      completedBy: completion.by,
      outcome: completion.outcome,
      satisfaction: completion.satisfaction,
      interactionId: completion.interactionId,
    },
    at,
  );
}
