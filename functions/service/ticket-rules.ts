import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { conflict, notAllowed } from '#shared/domain-errors.ts';
import type { Role } from '#shared/roles.ts';
import type {
  KnowledgeEntry,
  ServiceDepartment,
  Severity,
  Ticket,
  TicketAlarm,
  TicketCategory,
  TicketStep,
} from './model.ts';
import type { ServiceSettings } from './settings.ts';

/**
 * Service tickets' pure rules (R-2.6, R-3.1): the first department by what the problem is about,
 * the response and resolution deadlines by the customer's class and the severity, the timer's
 * alarms, and each step from opening to the customer's rating.
 */

/** Where a problem goes first: quality to production, transport to logistics, billing to finance. */
export const FIRST_DEPARTMENT: Record<TicketCategory, ServiceDepartment> = {
  usage: 'after_sales',
  malfunction: 'after_sales',
  quality: 'production',
  transport_damage: 'logistics',
  wrong_delivery: 'logistics',
  billing: 'finance',
  other: 'after_sales',
};

/** The role that works a department's tickets. */
export const DEPARTMENT_ROLE: Record<ServiceDepartment, Role> = {
  after_sales: 'technician',
  production: 'production',
  logistics: 'logistics',
  finance: 'finance',
};

/** A problem the customer reported on receipt, as a ticket's category. */
export const RECEIPT_PROBLEM_CATEGORY: Record<string, TicketCategory> = {
  damage: 'transport_damage',
  quantity_mismatch: 'wrong_delivery',
  wrong_item: 'wrong_delivery',
  other: 'other',
};

type CustomerClass = 'A' | 'B' | 'C';

const plusHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

/** Respond by and resolve by: hours by class (unclassified as C) and severity, from the opening. */
export function ticketDeadlines(
  openedAt: string,
  customerClass: CustomerClass | undefined | null,
  severity: Severity,
  settings: ServiceSettings,
): { customerClass: CustomerClass; respondBy: string; resolveBy: string } {
  const effective = customerClass ?? 'C';
  return {
    customerClass: effective,
    respondBy: plusHours(openedAt, settings.ticketResponseHours[effective][severity]),
    resolveBy: plusHours(openedAt, settings.ticketResolutionHours[effective][severity]),
  };
}

/**
 * When the timer looks at a ticket: a reminder once `ticketReminderAt` of the time allowed has
 * passed, then the deadline itself, first for the response, then for the resolution.
 */
export function ticketAlarms(
  ticket: Pick<Ticket, 'createdAt' | 'respondBy' | 'resolveBy'>,
  settings: ServiceSettings,
): Record<TicketAlarm, string> {
  const opened = Date.parse(ticket.createdAt);
  const share = (deadline: string) =>
    new Date(opened + (Date.parse(deadline) - opened) * settings.ticketReminderAt).toISOString();
  return {
    'response-reminder': share(ticket.respondBy),
    'response-overdue': ticket.respondBy,
    'resolution-reminder': share(ticket.resolveBy),
    'resolution-overdue': ticket.resolveBy,
  };
}

/**
 * What an alarm does to a ticket: nothing once it is solved (the timer then ends), nothing for a
 * response alarm once someone responded, nothing a second time; otherwise it records the reminder
 * or the escalation.
 */
export function fireAlarm(ticket: Ticket, alarm: TicketAlarm, at: string): Ticket | undefined {
  if (ticket.status === 'solved' || ticket.alarms.includes(alarm)) return undefined;
  if (alarm.startsWith('response-') && ticket.respondedAt) return undefined;
  const escalation = alarm.endsWith('-overdue');
  return moved(
    ticket,
    at,
    { alarms: [...ticket.alarms, alarm] },
    step(at, 'ticket-timer', escalation ? 'escalated' : 'reminded', alarm),
  );
}

const step = (
  at: string,
  by: string,
  what: TicketStep['what'],
  text?: string,
  department?: ServiceDepartment,
): TicketStep => ({ at, by, what, ...(text ? { text } : {}), ...(department ? { department } : {}) });

function moved(ticket: Ticket, at: string, fields: Partial<Ticket>, history: TicketStep): Ticket {
  return nextVersion(
    {
      ...ticket,
      ...fields,
      history: [...ticket.history, history],
    },
    at,
  );
}

function unsolved(ticket: Ticket) {
  if (ticket.status === 'solved') throw conflict(`Ticket ${ticket.id} is solved.`);
}

/** The first response (guidance or a planned visit) starts the work. */
const responded = (ticket: Ticket, at: string): Partial<Ticket> => ({
  status: 'in_progress',
  respondedAt: ticket.respondedAt ?? at,
});

export function newTicketRecord(
  input: Pick<
    Ticket,
    | 'id'
    | 'customerId'
    | 'ownerId'
    | 'contactId'
    | 'orderId'
    | 'product'
    | 'category'
    | 'severity'
    | 'description'
    | 'source'
    | 'receiptIssueId'
  >,
  deadlines: { customerClass: CustomerClass; respondBy: string; resolveBy: string },
  by: string,
  at: string,
): Ticket {
  const department = FIRST_DEPARTMENT[input.category];
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return {
    ...(defined as typeof input),
    ...deadlines,
    department,
    status: 'open',
    visits: [],
    alarms: [],
    history: [step(at, by, 'opened', undefined, department)],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

export function routeTicket(
  ticket: Ticket,
  department: ServiceDepartment,
  reason: string,
  by: string,
  at: string,
): Ticket {
  unsolved(ticket);
  if (department === ticket.department) throw conflict(`Ticket ${ticket.id} is already with ${department}.`);
  return moved(ticket, at, { department }, step(at, by, 'routed', reason, department));
}

export function recordRemoteGuidance(
  ticket: Ticket,
  guidance: { channel: 'phone' | 'email'; text: string },
  by: string,
  at: string,
): Ticket {
  unsolved(ticket);
  return moved(
    ticket,
    at,
    { ...responded(ticket, at), handling: ticket.handling ?? 'remote' },
    step(at, by, 'remote-guidance', `${guidance.channel}: ${guidance.text}`),
  );
}

/** A complex problem gets an on-site visit by a technician. */
export function planVisit(
  ticket: Ticket,
  plan: { technicianId: string; plannedFor: string },
  by: string,
  at: string,
): Ticket {
  unsolved(ticket);
  if (ticket.visits.some((visit) => visit.status === 'planned'))
    throw conflict(`Ticket ${ticket.id} already has a planned visit; its technician reports it first.`);
  const number = ticket.visits.length + 1;
  return moved(
    ticket,
    at,
    {
      ...responded(ticket, at),
      handling: 'on_site',
      visits: [
        ...ticket.visits,
        { number, technicianId: plan.technicianId, plannedFor: plan.plannedFor, status: 'planned' },
      ],
    },
    step(at, by, 'visit-planned', `visit ${number}: ${plan.technicianId} on ${plan.plannedFor}`),
  );
}

/** Only the visit's technician reports it: the work done, parts used and the outcome. */
export function reportVisit(
  ticket: Ticket,
  number: number,
  report: {
    workDone: string;
    partsUsed: { part: string; quantity: number }[];
    outcome: 'solved' | 'follow-up-needed';
  },
  by: string,
  at: string,
): Ticket {
  unsolved(ticket);
  const visit = ticket.visits.find((candidate) => candidate.number === number);
  if (!visit) throw conflict(`Ticket ${ticket.id} has no visit ${number}.`);
  if (visit.technicianId !== by) throw notAllowed(`Visit ${number} is ${visit.technicianId}'s to report.`);
  if (visit.status === 'done') throw conflict(`Visit ${number} is already reported.`);
  return moved(
    ticket,
    at,
    {
      visits: ticket.visits.map((candidate) =>
        candidate.number === number ? { ...candidate, status: 'done', report: { ...report, at } } : candidate,
      ),
    },
    step(at, by, 'visit-reported', `visit ${number}: ${report.outcome}`),
  );
}

/**
 * Solving records the problem, its cause and the solution, which become a knowledge base entry; a
 * planned visit is reported first.
 */
export function solveTicket(
  ticket: Ticket,
  solution: { problem: string; cause: string; solution: string },
  knowledgeEntryId: string,
  by: string,
  at: string,
): { ticket: Ticket; entry: KnowledgeEntry } {
  unsolved(ticket);
  if (ticket.visits.some((visit) => visit.status === 'planned'))
    throw conflict(`Ticket ${ticket.id} has a visit not yet reported.`);
  return closedAsSolved(ticket, solution, knowledgeEntryId, by, at);
}

/**
 * A receipt problem's ticket whose issue the rep resolved on the order (with the customer): the
 * problem is settled, so the ticket is solved with that resolution and its timer ends. Undefined
 * when it is solved already (it may be what resolved the issue).
 */
export function settleWithOrder(
  ticket: Ticket,
  resolution: string,
  knowledgeEntryId: string,
  by: string,
  at: string,
): { ticket: Ticket; entry: KnowledgeEntry } | undefined {
  if (ticket.status === 'solved') return undefined;
  return closedAsSolved(
    ticket,
    { problem: ticket.description, cause: 'Settled on the order’s receipt', solution: resolution },
    knowledgeEntryId,
    by,
    at,
  );
}

function closedAsSolved(
  ticket: Ticket,
  solution: { problem: string; cause: string; solution: string },
  knowledgeEntryId: string,
  by: string,
  at: string,
): { ticket: Ticket; entry: KnowledgeEntry } {
  const solved = moved(
    ticket,
    at,
    {
      ...responded(ticket, at),
      status: 'solved',
      solvedAt: at,
      resolution: { ...solution, knowledgeEntryId },
    },
    step(at, by, 'solved', solution.solution),
  );
  return {
    ticket: solved,
    entry: {
      id: knowledgeEntryId,
      product: productKey(ticket.product),
      category: ticket.category,
      ...solution,
      ticketId: ticket.id,
      author: by,
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
  };
}

/** The customer's rating, once, from the emailed link. */
export function rateTicket(ticket: Ticket, score: number, comment: string | undefined, at: string): Ticket {
  if (ticket.status !== 'solved') throw conflict(`Ticket ${ticket.id} is not solved.`);
  if (ticket.rating) throw conflict(`Ticket ${ticket.id} is already rated.`);
  return moved(
    ticket,
    at,
    { rating: { score, ...(comment ? { comment } : {}), at } },
    step(at, `contact:${ticket.contactId ?? ''}`, 'rated', String(score)),
  );
}

/** How the knowledge base files a product: its model, else its name, in lower case; `general` without one. */
export function productKey(product: Ticket['product']): string {
  const key = (product?.model ?? product?.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return key || 'general';
}

/** Who records tickets: the customer's rep, sales admin, a technician, the manager. */
export const TICKET_RECORDERS = ['sales_rep', 'sales_admin', 'technician', 'sales_manager'] as const;
const DEPARTMENT_WIDE = ['sales_admin', 'technician', 'sales_manager'] as const;
/** Everyone who may work on or read a ticket by their role (departments only their own queue). */
export const TICKET_ROLES = [...TICKET_RECORDERS, 'production', 'logistics', 'finance'] as const;

/** Sees every ticket: sales admin, technicians, the manager. */
export const seesAllTickets = (caller: Caller) => hasAnyRole(caller, DEPARTMENT_WIDE);

/** Whether the caller works in the department a ticket is routed to. */
export const worksIn = (caller: Caller, department: ServiceDepartment) =>
  caller.roles.has(DEPARTMENT_ROLE[department]);

/**
 * Who may read and work on a ticket: the rep who owns it, sales admin, technicians, the manager,
 * and the people of the department it is routed to.
 */
export const ticketParty = defineOwnership(
  'ticket party',
  "The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.",
);

/** Checked as `ticketParty`. */
export function assertTicketAccess(
  caller: Caller,
  ticket: Pick<Ticket, 'id' | 'ownerId' | 'department'>,
): void {
  if (seesAllTickets(caller) || ticket.ownerId === caller.id || worksIn(caller, ticket.department)) return;
  throw notAllowed(`Ticket ${ticket.id} is not yours to see.`);
}

/** The problems of a month by product and category, the most frequent first (ties by name). */
export function commonProblems(
  counts: readonly { product: string; category: TicketCategory; count: number }[],
  size: number,
) {
  return [...counts]
    .sort(
      (a, b) =>
        b.count - a.count || a.product.localeCompare(b.product) || a.category.localeCompare(b.category),
    )
    .slice(0, size);
}

/** A period's problems by product and category: the months' counts added up. */
export function periodProblems(
  counts: readonly { product: string; category: TicketCategory; count: number }[],
): { product: string; category: TicketCategory; count: number }[] {
  const sums = Map.groupBy(counts, (count) => `${count.product}#${count.category}`);
  return [...sums.values()].map((rows) => ({
    product: rows[0]!.product,
    category: rows[0]!.category,
    count: rows.reduce((sum, row) => sum + row.count, 0),
  }));
}
