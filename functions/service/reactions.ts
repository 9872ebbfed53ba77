import { serviceConsumer } from './consumer.ts';
import { consumerHandler, type Delivery, applyOnce, effectOnce, on } from '#shared/consumer.ts';
import { addDays, localDate, localTime, timeZone } from '#shared/calendar.ts';
import { newId } from '#shared/clock.ts';
import { sendEmail } from '#shared/email.ts';
import { newLinkToken, tokenDigest } from '#shared/link-tokens.ts';
import { publicApiUrl } from '#shared/links.ts';
import { collectWhere } from '#shared/listing.ts';
import { logger } from '#shared/observability.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { startWorkflow } from '#shared/workflow.ts';
import { type Contact, getContact, getCustomer, listContacts, withContactLink } from '../customers/public.ts';
import { allEmployees, getEmployee } from '../employees/public.ts';
import {
  orderCompleted,
  orderReceived,
  isReceiptIssueOpen,
  receiptIssueOpen,
  receiptIssueResolved,
} from '../orders/public.ts';
import { invitationExpiry } from './appreciation-rules.ts';
import {
  complaintAnswered,
  complaintEscalated,
  guestInvited,
  ticketEscalated,
  ticketOpened,
  ticketReminded,
  ticketRouted,
  ticketSolved,
  visitPlanned,
} from './events.ts';
import { answerEmail, invitationEmail, overdueEmail } from './messages.ts';
import type { ServiceDepartment, Ticket } from './model.ts';
import { serviceSettings } from './settings.ts';
import {
  deadlineEmail,
  ratingEmail,
  serviceLinkEmail,
  ticketArrivedEmail,
  visitEmail,
} from './ticket-messages.ts';
import {
  DEPARTMENT_ROLE,
  newTicketRecord,
  RECEIPT_PROBLEM_CATEGORY,
  settleWithOrder,
  ticketAlarms,
  ticketDeadlines,
} from './ticket-rules.ts';
import { openTicketWrites, ticketEvents } from './tickets.ts';
import {
  getAppreciationFile,
  getComplaint,
  getInvitation,
  getServiceLink,
  getTicket,
  invitationLinkWrite,
  knowledgeWrite,
  ratingLinkWrite,
  serviceLinkWrite,
  ticketWrites,
} from './store.ts';

/** How long a technician's calendar blocks for an on-site visit (a visit has a start, not an end). */
const VISIT_HOURS = 2;

/**
 * The service domain's reactions: complaints' answers and escalations; a ticket's timer, its
 * department, technician, owner and manager told what concerns them, the customer asked to rate a
 * solved ticket; receipt problems become tickets; appreciation invitations are emailed.
 */
const ticketUrl = (id: string) => `${publicApiUrl()}/tickets/${id}`;

/** The contact a customer email goes to: the ticket's own, else the customer's first with an email. */
async function customerContact(customerId: string, contactId?: string): Promise<Contact | undefined> {
  const own = contactId ? await getContact(customerId, contactId) : undefined;
  if (own?.email) return own;
  return (
    await collectWhere(
      (page) => listContacts(customerId, page),
      (contact) => !!contact.email,
    )
  )[0];
}

const departmentPeople = async (department: ServiceDepartment) =>
  (await allEmployees()).filter((person) => person.roles.includes(DEPARTMENT_ROLE[department]));

type Email = Parameters<typeof sendEmail>[0];

/**
 * Sends this event's emails once (one claim for the list, see effectOnce), after `first` (a
 * repeatable step such as starting the ticket's timer).
 */
const sendOnce = (delivery: Delivery<unknown>, emails: Email[], first?: () => Promise<void>) =>
  effectOnce(delivery, { repeatable: false }, async () => {
    await first?.();
    for (const email of emails) await sendEmail(email);
  });

/** The emails telling a department that a ticket came to it. */
const arrivalEmails = async (ticket: Ticket, department: ServiceDepartment): Promise<Email[]> =>
  (await departmentPeople(department)).map((person) => ({
    to: person.email,
    ...ticketArrivedEmail(
      person.locale,
      person.name,
      { ...ticket, department, resolveBy: localTime(ticket.resolveBy) },
      ticketUrl(ticket.id),
    ),
  }));

/** The emails of a ticket's deadline to its owner (a reminder), or to the manager and the owner. */
async function deadlineEmails(
  payload: { ticketId: string; ownerId: string; deadline: 'response' | 'resolution'; dueAt: string },
  overdue: boolean,
): Promise<Email[]> {
  const people = (await allEmployees()).filter(
    (person) => person.id === payload.ownerId || (overdue && person.roles.includes('sales_manager')),
  );
  return people.map((person) => ({
    to: person.email,
    ...deadlineEmail(
      person.locale,
      person.name,
      payload.ticketId,
      payload.deadline,
      localTime(payload.dueAt),
      overdue,
      ticketUrl(payload.ticketId),
    ),
  }));
}

export const handler = consumerHandler(serviceConsumer, [
  on(complaintAnswered, async (delivery) => {
    const { complaintId, customerId, contactId, ownerId } = delivery.event.payload;
    const [complaint, contact, rep] = await Promise.all([
      getComplaint(complaintId),
      getContact(customerId, contactId),
      getEmployee(ownerId),
    ]);
    if (!complaint?.answer || !contact?.email) {
      logger.warn('no answer or no contact email; the rep answers by other means', { complaintId });
      return;
    }
    await effectOnce(delivery, { repeatable: false }, async () => {
      await sendEmail({
        to: contact.email!,
        ...(rep ? { replyTo: rep.email } : {}),
        ...(await withContactLink(
          contact,
          answerEmail(contact.language, contact.name, complaintId, complaint.answer!.text),
        )),
      });
    });
  }),
  on(complaintEscalated, async (delivery) => {
    const { complaintId, ownerId, answerDueAt } = delivery.event.payload;
    const people = (await allEmployees()).filter(
      (person) => person.id === ownerId || person.roles.includes('sales_manager'),
    );
    await sendOnce(
      delivery,
      people.map((person) => ({
        to: person.email,
        ...overdueEmail(person.locale, person.name, complaintId, localTime(answerDueAt)),
      })),
    );
  }),
  on(ticketOpened, async (delivery) => {
    const { ticketId, department, openedAt, respondBy, resolveBy } = delivery.event.payload;
    const ticket = await getTicket(ticketId, true);
    if (!ticket) throw new Error(`Ticket ${ticketId} does not exist`);
    const alarms = ticketAlarms({ createdAt: openedAt, respondBy, resolveBy }, serviceSettings());
    const emails = await arrivalEmails(ticket, department as ServiceDepartment);
    // The timer on every delivery, outside the emails' claim: starting the same named execution
    // with the same input again is harmless, and a delivery cut short after the claim must not
    // leave the ticket without its timer.
    await startTimer(ticketId, alarms);
    await sendOnce(delivery, emails, async () => {
      // A contact who reported it by link: an acknowledgement carrying a fresh link.
      if (delivery.event.payload.source === 'customer-link' && ticket.orderId)
        emails.push(...(await freshServiceLink(ticket.orderId, { ticketId })));
    });
  }),
  on(ticketRouted, async (delivery) => {
    const { ticketId, department } = delivery.event.payload;
    const ticket = await getTicket(ticketId);
    if (ticket && ticket.status !== 'solved')
      await sendOnce(delivery, await arrivalEmails(ticket, department as ServiceDepartment));
  }),
  on(visitPlanned, async (delivery) => {
    const { ticketId, technicianId, plannedFor, visit } = delivery.event.payload;
    const technician = await getEmployee(technicianId);
    if (!technician) return;
    const email = visitEmail(
      technician.locale,
      technician.name,
      ticketId,
      localTime(plannedFor),
      ticketUrl(ticketId),
    );
    await sendOnce(delivery, [
      {
        to: technician.email,
        ...email,
        // Each planned visit is an entry of its own in the technician's calendar.
        calendar: [
          {
            uid: `visit-${ticketId}-${visit}`,
            sequence: 0,
            method: 'request',
            start: plannedFor,
            end: new Date(Date.parse(plannedFor) + VISIT_HOURS * 3_600_000).toISOString(),
            summary: email.subject,
            description: ticketUrl(ticketId),
            attendeeName: technician.name,
          },
        ],
      },
    ]);
  }),
  on(ticketReminded, async (delivery) => {
    await sendOnce(delivery, await deadlineEmails(delivery.event.payload, false));
  }),
  on(ticketEscalated, async (delivery) => {
    await sendOnce(delivery, await deadlineEmails(delivery.event.payload, true));
  }),
  on(ticketSolved, async (delivery) => {
    const { ticketId, customerId, contactId, ownerId, solution } = delivery.event.payload;
    const [contact, rep] = await Promise.all([customerContact(customerId, contactId), getEmployee(ownerId)]);
    if (!contact) {
      logger.warn('no contact with an email; the ticket is not rated', { ticketId });
      return;
    }
    await effectOnce(delivery, { repeatable: false }, async () => {
      // A retry (the email failed) makes a new token, which replaces the unsent one.
      const token = newLinkToken();
      const validUntil = new Date(
        Date.parse(delivery.event.at) + serviceSettings().ratingLinkDays * 86_400_000,
      ).toISOString();
      await commit([
        ratingLinkWrite({
          ticketId,
          contactId: contact.id,
          language: contact.language,
          tokenHash: tokenDigest(token),
          validUntil,
        }),
      ]);
      await sendEmail({
        to: contact.email!,
        ...(rep ? { replyTo: rep.email } : {}),
        ...(await withContactLink(
          contact,
          ratingEmail(contact.language, contact.name, ticketId, solution, {
            url: `${publicApiUrl()}/ratings/${ticketId}?t=${token}`,
            expiresOn: localDate(new Date(validUntil), timeZone()),
          }),
        )),
      });
    });
  }),
  on(orderCompleted, async (delivery) => {
    const { orderId, customerId } = delivery.event.payload;
    const contact = await customerContact(customerId);
    if (!contact) return;
    const validUntil = new Date(
      Date.parse(delivery.event.at) + serviceSettings().serviceLinkDays * 86_400_000,
    ).toISOString();
    const emails: Email[] = [];
    await sendOnce(delivery, emails, async () => {
      emails.push(...(await freshServiceLink(orderId, { orderId }, { customerId, contact, validUntil })));
    });
  }),
  on(orderReceived, async (delivery) => {
    const { event } = delivery;
    const { orderId, customerId, ownerId, contactId, issues } = event.payload;
    if (issues.length === 0) return;
    const customer = await getCustomer(customerId);
    const settings = serviceSettings();
    // Each receipt problem is a ticket with the issue's id, so a redelivery finds it.
    const tickets = issues.map((issue) =>
      newTicketRecord(
        {
          id: issue.issueId,
          customerId,
          ownerId: customer?.ownerId ?? ownerId,
          contactId,
          orderId,
          product: undefined,
          category: RECEIPT_PROBLEM_CATEGORY[issue.kind] ?? 'other',
          severity: 'high',
          description: issue.description,
          source: 'receipt',
          receiptIssueId: issue.issueId,
        },
        ticketDeadlines(event.at, customer?.class, 'high', settings),
        event.actor,
        event.at,
      ),
    );
    // A ticket opens only while its issue is open: resolved meanwhile on the order, it has none,
    // and the issue's resolution settles any ticket committed before it (order.issue-resolved).
    const open = async (openTickets: typeof tickets) =>
      applyOnce(
        delivery,
        openTickets.flatMap((ticket) => [
          ...openTicketWrites(ticket, event.actor),
          receiptIssueOpen(orderId, ticket.id),
        ]),
      );
    try {
      await open(tickets);
    } catch (error) {
      if (!(error instanceof TransactionCancelled && error.failedCondition('receiptIssueOpen'))) throw error;
      const stillOpen = await Promise.all(
        tickets.map(async (ticket) => ((await isReceiptIssueOpen(orderId, ticket.id)) ? [ticket] : [])),
      );
      await open(stillOpen.flat());
    }
  }),
  // The rep resolved a receipt problem on the order: its ticket (same id) is settled too.
  on(receiptIssueResolved, async (delivery) => {
    const { event } = delivery;
    const ticket = await getTicket(event.payload.issueId, true);
    if (!ticket) return;
    const settled = settleWithOrder(ticket, event.payload.resolution, newId(), event.actor, event.at);
    if (!settled) return;
    await applyOnce(
      delivery,
      ticketWrites(ticket, settled.ticket, event.actor, {
        with: [knowledgeWrite(settled.entry)],
        events: [ticketEvents.solved(settled.ticket)],
      }),
    );
  }),
  on(guestInvited, async (delivery) => {
    const { eventId, customerId, contactId } = delivery.event.payload;
    const [file, invitation, contact] = await Promise.all([
      getAppreciationFile(eventId),
      getInvitation(eventId, customerId),
      getContact(customerId, contactId),
    ]);
    if (!file || !invitation || invitation.usedAt || !contact?.email) {
      logger.warn('invitation not sendable (answered, or no contact email)', { eventId, customerId });
      return;
    }
    await effectOnce(delivery, { repeatable: false }, async () => {
      const token = newLinkToken();
      await commit([
        invitationLinkWrite(eventId, customerId, {
          tokenHash: tokenDigest(token),
          validUntil: invitationExpiry(file.event.date),
        }),
      ]);
      await sendEmail({
        to: contact.email!,
        ...(await withContactLink(
          contact,
          invitationEmail(
            contact.language,
            contact.name,
            file.event,
            `${publicApiUrl()}/invitations/${eventId}-${customerId}?t=${token}`,
          ),
        )),
        // The day of the event, in the guest's calendar.
        calendar: [
          {
            uid: `appreciation-${eventId}`,
            sequence: file.event.version,
            method: 'request',
            allDay: true,
            start: file.event.date,
            end: addDays(file.event.date, 1),
            summary: file.event.title,
            location: file.event.place,
            ...(file.event.description ? { description: file.event.description } : {}),
            attendeeName: contact.name,
          },
        ],
      });
    });
  }),
]);

/**
 * A new link for the contact of an order's problem reports (its token replaces the earlier one),
 * and the email that carries it: on completion, or acknowledging a report.
 */
async function freshServiceLink(
  orderId: string,
  about: { orderId: string } | { ticketId: string },
  first?: { customerId: string; contact: Contact; validUntil: string },
): Promise<Email[]> {
  const earlier = first ? undefined : await getServiceLink(orderId);
  const contact = first?.contact ?? (earlier && (await getContact(earlier.customerId, earlier.contactId)));
  if (!contact?.email || (!first && !earlier)) return [];
  const validUntil = first?.validUntil ?? earlier!.validUntil;
  if (Date.parse(validUntil) <= Date.now()) return [];
  const token = newLinkToken();
  await commit([
    serviceLinkWrite({
      orderId,
      customerId: first?.customerId ?? earlier!.customerId,
      contactId: contact.id,
      language: contact.language,
      tokenHash: tokenDigest(token),
      validUntil,
    }),
  ]);
  return [
    {
      to: contact.email,
      ...(await withContactLink(
        contact,
        serviceLinkEmail(contact.language, contact.name, about, {
          url: `${publicApiUrl()}/service-requests/${orderId}?t=${token}`,
          expiresOn: localDate(new Date(validUntil), timeZone()),
        }),
      )),
    },
  ];
}

async function startTimer(ticketId: string, alarms: ReturnType<typeof ticketAlarms>) {
  try {
    await startWorkflow('TICKET_TIMER_STATE_MACHINE_ARN', `ticket-${ticketId}`, {
      ticketId,
      alarms: {
        responseReminder: alarms['response-reminder'],
        responseOverdue: alarms['response-overdue'],
        resolutionReminder: alarms['resolution-reminder'],
        resolutionOverdue: alarms['resolution-overdue'],
      },
    });
  } catch (error) {
    // Started by an earlier delivery, and ended since: nothing to do.
    if (!(error instanceof Error && error.name === 'ExecutionAlreadyExists')) throw error;
  }
}
