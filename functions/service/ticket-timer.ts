import { commitUnlessChanged, causes } from '#shared/change.ts';
import middy from '@middy/core';
import * as z from 'zod/mini';
import { nowIso } from '#shared/clock.ts';
import { logContext, logger } from '#shared/observability.ts';
import { parsePart } from '#shared/validation.ts';
import { ticketEscalated, ticketReminded } from './events.ts';
import { TICKET_ALARMS, type Ticket, type TicketAlarm } from './model.ts';
import { fireAlarm } from './ticket-rules.ts';
import { getTicket, ticketWrites } from './store.ts';
import { ticketRef } from './tickets.ts';

/**
 * The Task of the ticket timer (`statemachines/ticket-timer.asl.json`): fires one alarm. A reminder
 * or an escalation is a versioned change of the ticket with its event (the owner, or the manager,
 * is emailed from it), so the same alarm fired twice, or at the same time, changes the ticket once.
 * Answers whether the ticket is solved, so that the timer ends.
 */
const ACTOR = 'ticket-timer';
const taskInput = z.object({ ticketId: z.string(), alarm: z.enum(TICKET_ALARMS) });

/** Someone acting on the ticket meanwhile refuses the write; the alarm reads it again (a few times). */
const ATTEMPTS = 4;

function alarmEvent(ticket: Ticket, alarm: TicketAlarm) {
  const deadline = alarm.startsWith('response-') ? 'response' : 'resolution';
  return causes(alarm.endsWith('-overdue') ? ticketEscalated : ticketReminded, {
    ...ticketRef(ticket),
    deadline,
    dueAt: deadline === 'response' ? ticket.respondBy : ticket.resolveBy,
  });
}

export async function fireTicketAlarm(ticketId: string, alarm: TicketAlarm): Promise<{ solved: boolean }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const ticket = await getTicket(ticketId, true);
    if (!ticket) throw new Error(`Ticket ${ticketId} does not exist`);
    const next = fireAlarm(ticket, alarm, nowIso());
    if (!next) return { solved: ticket.status === 'solved' };
    if (await commitUnlessChanged(ticketWrites(ticket, next, ACTOR, { events: [alarmEvent(ticket, alarm)] })))
      return { solved: false };
  }
  throw new Error(`Ticket ${ticketId} kept changing; the alarm is retried`);
}

export const handler = middy<unknown, { solved: boolean }>()
  .use(logContext())
  .handler(async (event) => {
    const input = parsePart('body', taskInput, event);
    logger.appendKeys({ ticketId: input.ticketId, alarm: input.alarm });
    return fireTicketAlarm(input.ticketId, input.alarm);
  });
