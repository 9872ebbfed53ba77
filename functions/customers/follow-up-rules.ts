import { localDate } from '#shared/calendar.ts';
import { nextVersion } from '#shared/clock.ts';
import { invalid } from '#shared/domain-errors.ts';
import type { Customer, FollowUp, Interaction } from './model.ts';

/**
 * Planned follow-ups (§2.2.1: the rep follows up customers' needs). A communication record's
 * `nextFollowUp` plans one for the customer's rep on that day; the next record of a contact with
 * the customer keeps it (late when made after the day); an open one whose day has passed is missed
 * and shows in the rep's daily digest until it is kept.
 */

const utc = (instant: string) => new Date(instant).toISOString();

/** The follow-up day is on or after the day of the contact, in the company's time zone. */
export function assertFollowUpAhead(
  interaction: Pick<Interaction, 'occurredAt' | 'nextFollowUp'>,
  timeZone: string,
): void {
  if (
    interaction.nextFollowUp &&
    interaction.nextFollowUp < localDate(new Date(interaction.occurredAt), timeZone)
  )
    throw invalid([
      { in: 'body', path: 'nextFollowUp', message: 'Must be on or after the day of the contact' },
    ]);
}

/** The follow-up a record plans, if it names a day: for whoever owns the customer now. */
export function plannedFollowUp(
  interaction: Interaction,
  customer: Pick<Customer, 'id' | 'name' | 'ownerId'>,
): FollowUp | undefined {
  if (!interaction.nextFollowUp) return undefined;
  return {
    id: interaction.id,
    customerId: customer.id,
    customerName: customer.name,
    ownerId: customer.ownerId,
    plannedBy: interaction.recordedBy,
    plannedAt: utc(interaction.occurredAt),
    dueOn: interaction.nextFollowUp,
    summary: interaction.summary.length > 200 ? `${interaction.summary.slice(0, 199)}…` : interaction.summary,
    status: 'open',
    version: 1,
    createdAt: interaction.createdAt,
    updatedAt: interaction.createdAt,
  };
}

/**
 * The open follow-ups a record keeps: those planned by an earlier contact. A record of a contact
 * made before the planning one (entered late) keeps nothing.
 */
export function keptFollowUps(
  open: readonly FollowUp[],
  interaction: Pick<Interaction, 'id' | 'occurredAt' | 'createdAt'>,
  timeZone: string,
): FollowUp[] {
  const at = utc(interaction.occurredAt);
  const day = localDate(new Date(at), timeZone);
  return open
    .filter((followUp) => followUp.status === 'open' && followUp.plannedAt < at)
    .map((followUp) =>
      nextVersion(
        {
          ...followUp,
          status: 'kept' as const,
          keptBy: interaction.id,
          keptAt: at,
          late: day > followUp.dueOn,
        },
        interaction.createdAt,
      ),
    );
}

/** Open follow-ups of one rep as the digest tells them: due today, and missed (day passed). */
export function followUpReminders(open: readonly FollowUp[], today: string) {
  return {
    today: open.filter((followUp) => followUp.status === 'open' && followUp.dueOn === today),
    missed: open.filter((followUp) => followUp.status === 'open' && followUp.dueOn < today),
  };
}

/** Moved with its customer to the new rep (a reassignment moves open work). */
export const reassignedFollowUp = (followUp: FollowUp, to: string, at: string): FollowUp =>
  nextVersion({ ...followUp, ownerId: to }, at);
