import { commitChange, type Caused, causes } from '#shared/change.ts';
import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { type TransactItem } from '#shared/transaction.ts';
import { type Customer, getContact, getCustomer } from '../customers/public.ts';
import { getEmployee } from '../employees/public.ts';
import { getOrder } from '../orders/public.ts';
import { ticketOpened, ticketRouted, ticketSolved, visitPlanned } from './events.ts';
import {
  newTicket,
  remoteGuidance,
  type Ticket,
  ticketListQuery,
  ticketRouting,
  ticketSolution,
  visitParams,
  visitPlan,
  visitReport,
} from './model.ts';
import { serviceSettings } from './settings.ts';
import {
  assertTicketAccess,
  DEPARTMENT_ROLE,
  newTicketRecord,
  planVisit,
  productKey,
  recordRemoteGuidance,
  reportVisit,
  routeTicket,
  seesAllTickets,
  solveTicket,
  TICKET_RECORDERS,
  TICKET_ROLES,
  ticketDeadlines,
  worksIn,
  ticketParty,
} from './ticket-rules.ts';
import {
  allTickets,
  customerTickets,
  departmentTickets,
  getTicket,
  knowledgeWrite,
  problemCountWrite,
  ticketWrites,
} from './store.ts';

/**
 * Service tickets: a customer's problem recorded with its customer, order and product,
 * routed to the department that can solve it, answered remotely or by an on-site visit, within
 * deadlines by the customer's class and the severity; solved with its cause and solution, which the
 * knowledge base keeps.
 */
export const ticketRef = (ticket: Ticket) => ({
  ticketId: ticket.id,
  customerId: ticket.customerId,
  ownerId: ticket.ownerId,
});

/** The customer of a new ticket: a rep only their own; sales admin, technicians and the manager any. */
async function ticketCustomer(caller: Caller, customerId: string): Promise<Customer> {
  const customer = found(await getCustomer(customerId), `Customer ${customerId}`);
  if (!seesAllTickets(caller) && customer.ownerId !== caller.id)
    throw notAllowed(`Customer ${customer.id} belongs to another sales rep.`);
  return customer;
}

/** A new ticket's writes: the ticket, its count among the month's problems, its event. */
export function openTicketWrites(ticket: Ticket, actor: string): TransactItem[] {
  const month = localDate(new Date(ticket.createdAt), timeZone()).slice(0, 7);
  return ticketWrites(undefined, ticket, actor, {
    with: [problemCountWrite(month, productKey(ticket.product), ticket.category)],
    events: [
      causes(ticketOpened, {
        ...ticketRef(ticket),
        source: ticket.source,
        ...(ticket.contactId ? { contactId: ticket.contactId } : {}),
        department: ticket.department,
        category: ticket.category,
        severity: ticket.severity,
        openedAt: ticket.createdAt,
        respondBy: ticket.respondBy,
        resolveBy: ticket.resolveBy,
      }),
    ],
  });
}

const open = defineOperation({
  operationId: 'openTicket',
  method: 'POST',
  path: '/tickets',
  auth: 'jwt',
  roles: TICKET_RECORDERS,
  body: newTicket,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const customer = await ticketCustomer(caller, body.customerId);
    const [contact, order] = await Promise.all([
      body.contactId ? getContact(customer.id, body.contactId) : undefined,
      body.orderId ? getOrder(body.orderId) : undefined,
    ]);
    if (body.contactId && !contact)
      throw validationProblem([{ in: 'body', path: 'contactId', message: 'Not a contact of this customer' }]);
    if (body.orderId && order?.customerId !== customer.id)
      throw validationProblem([{ in: 'body', path: 'orderId', message: 'Not an order of this customer' }]);
    const at = nowIso();
    const ticket = newTicketRecord(
      { id: newId(), ...body, ownerId: customer.ownerId, source: 'staff' },
      ticketDeadlines(at, customer.class, body.severity, serviceSettings()),
      caller.id,
      at,
    );
    return createOnce(
      request,
      openTicketWrites(ticket, caller.id),
      createdReply(`/tickets/${ticket.id}`, ticket),
    );
  },
});

const list = defineOperation({
  operationId: 'listTickets',
  method: 'GET',
  path: '/tickets',
  auth: 'jwt',
  roles: TICKET_ROLES,
  query: z.strictObject({ ...pageParameters, ...ticketListQuery.def.shape }),
  async handle({ caller, query }) {
    const { customerId, department, status, ...page } = query;
    if (customerId) {
      if (!hasAnyRole(caller, TICKET_RECORDERS))
        throw notAllowed('A department lists its own queue, not a customer’s tickets.');
      await ticketCustomer(caller, customerId);
      return { status: 200, body: await customerTickets(customerId, page) };
    }
    if (department && !(seesAllTickets(caller) || worksIn(caller, department)))
      throw notAllowed(`The ${department} queue is not yours to see.`);
    if (!department && seesAllTickets(caller))
      return { status: 200, body: await allTickets(status ?? 'open', page) };
    const queue =
      department ??
      (Object.keys(DEPARTMENT_ROLE) as (keyof typeof DEPARTMENT_ROLE)[]).find((d) => worksIn(caller, d));
    if (!queue)
      throw validationProblem([
        {
          in: 'query',
          path: 'customerId',
          message: 'A rep lists the tickets of one of their customers (customerId)',
        },
      ]);
    return { status: 200, body: await departmentTickets(queue, status ?? 'open', page) };
  },
});

/** The ticket, if it exists (404) and is the caller's to see (`ticketParty`, 403). */
async function readableTicket(caller: Caller, id: string): Promise<Ticket> {
  const ticket = found(await getTicket(id), `Ticket ${id}`);
  assertTicketAccess(caller, ticket);
  return ticket;
}

const read = defineOperation({
  operationId: 'getTicket',
  method: 'GET',
  path: '/tickets/{id}',
  auth: 'jwt',
  roles: TICKET_ROLES,
  ownership: [ticketParty],
  params: idParams,
  handle: async ({ caller, params }) => resourceReply(await readableTicket(caller, params.id)),
});

/** A step on a ticket by someone who may work on it; its change and, where others react, its event. */
function step<B extends z.ZodMiniType, P extends z.ZodMiniType = typeof idParams>(spec: {
  operationId: string;
  path: string;
  params?: P;
  body: B;
  roles?: readonly (typeof TICKET_ROLES)[number][];
  change(
    ticket: Ticket,
    input: { body: z.output<B>; params: z.output<P>; caller: Caller; at: string },
  ): Promise<{ next: Ticket; also?: TransactItem[] }> | { next: Ticket; also?: TransactItem[] };
  event?(next: Ticket): Caused | undefined;
}): Operation {
  return defineOperation({
    operationId: spec.operationId,
    method: 'POST',
    path: spec.path,
    auth: 'jwt',
    roles: spec.roles ?? TICKET_ROLES,
    ownership: [ticketParty],
    params: (spec.params ?? idParams) as P,
    body: spec.body,
    async handle({ caller, params, body }) {
      const { id } = params as { id: string };
      const ticket = await readableTicket(caller, id);
      const { next, also = [] } = await spec.change(ticket, {
        body: body as z.output<B>,
        params: params as z.output<P>,
        caller,
        at: nowIso(),
      });
      const event = spec.event?.(next);
      await commitChange(ticketWrites(ticket, next, caller.id, { with: also, events: event ? [event] : [] }));
      return resourceReply(next);
    },
  });
}

export const ticketEvents = {
  routed: (next: Ticket) => {
    const routing = next.history.at(-1)!;
    return causes(ticketRouted, {
      ...ticketRef(next),
      department: next.department,
      reason: routing.text ?? '',
    });
  },
  visitPlanned: (next: Ticket) => {
    const visit = next.visits.at(-1)!;
    return causes(visitPlanned, {
      ...ticketRef(next),
      visit: visit.number,
      technicianId: visit.technicianId,
      plannedFor: visit.plannedFor,
    });
  },
  solved: (next: Ticket) =>
    causes(ticketSolved, {
      ...ticketRef(next),
      ...(next.contactId ? { contactId: next.contactId } : {}),
      ...(next.orderId ? { orderId: next.orderId } : {}),
      ...(next.receiptIssueId ? { receiptIssueId: next.receiptIssueId } : {}),
      solution: next.resolution!.solution,
      openedAt: next.createdAt,
      solvedAt: next.solvedAt!,
      resolveBy: next.resolveBy,
    }),
};

const route = step({
  operationId: 'routeTicket',
  path: '/tickets/{id}/routing',
  body: ticketRouting,
  change: (ticket, { body, caller, at }) => ({
    next: routeTicket(ticket, body.department, body.reason, caller.id, at),
  }),
  event: ticketEvents.routed,
});

const guide = step({
  operationId: 'recordRemoteGuidance',
  path: '/tickets/{id}/remote-guidance',
  body: remoteGuidance,
  change: (ticket, { body, caller, at }) => ({ next: recordRemoteGuidance(ticket, body, caller.id, at) }),
});

const plan = step({
  operationId: 'planTicketVisit',
  path: '/tickets/{id}/visits',
  body: visitPlan,
  roles: ['sales_admin', 'technician', 'sales_manager'],
  async change(ticket, { body, caller, at }) {
    const technician = await getEmployee(body.technicianId);
    if (!technician?.roles.includes('technician'))
      throw validationProblem([{ in: 'body', path: 'technicianId', message: 'Not a technician' }]);
    return { next: planVisit(ticket, body, caller.id, at) };
  },
  event: ticketEvents.visitPlanned,
});

const report = step({
  operationId: 'reportTicketVisit',
  path: '/tickets/{id}/visits/{number}/report',
  params: visitParams,
  body: visitReport,
  roles: ['technician'],
  change: (ticket, { body, params, caller, at }) => ({
    next: reportVisit(ticket, params.number, body, caller.id, at),
  }),
});

const solve = step({
  operationId: 'solveTicket',
  path: '/tickets/{id}/solution',
  body: ticketSolution,
  change(ticket, { body, caller, at }) {
    const solved = solveTicket(ticket, body, newId(), caller.id, at);
    return { next: solved.ticket, also: [knowledgeWrite(solved.entry)] };
  },
  event: ticketEvents.solved,
});

export const ticketOperations: readonly Operation[] = [open, list, read, route, guide, plan, report, solve];
