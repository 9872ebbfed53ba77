/** OpenAPI text of the service operations, keyed by operation id. */
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import * as z from 'zod/mini';
import {
  authProblems,
  bodyProblems,
  customerLinkDocs,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import {
  appreciationEvent,
  attachmentDownload,
  complaint,
  complaintAnswer,
  complaintCauses,
  complaintFollowUp,
  complaintNote,
  invitation,
  invitationRequest,
  knowledgeEntry,
  newAppreciationEvent,
  newComplaint,
  newTicket,
  problemSummary,
  proposal,
  remoteGuidance,
  ticket,
  ticketRouting,
  ticketSolution,
  visitPlan,
  visitReport,
} from './model.ts';
import { inboundDismissal, inboundFiling, inboundMessage } from './inbound-model.ts';

const tags = ['Complaints'];
const inboundStep = [
  ...authProblems,
  ...bodyProblems,
  { ...notFoundProblem, description: 'No such message (or, filing, no such customer).' },
  { status: 409, description: 'The message was filed or dismissed already, or changed meanwhile.' },
];
const stepProblems = [
  ...authProblems,
  notFoundProblem,
  { status: 409, description: 'The complaint is not at this step.' },
  { status: 412, description: 'The complaint changed meanwhile; read it and retry.' },
  ...bodyProblems,
];

const attachmentResponses = (of: string) => [
  { status: 200, description: 'The file and its download.', schema: attachmentDownload },
  ...authProblems,
  { ...notFoundProblem, description: `No such ${of}, or no file of that number.` },
  { status: 400, description: 'A path that is not an id and a file number.' },
];

const ticketTags = ['Service tickets'];
const ticketStep = (summary: string, description: string, requestBody: OperationDocs['requestBody']) => ({
  summary,
  description,
  tags: ticketTags,
  requestBody,
  responses: [
    { status: 200, description: 'Recorded; the ticket.', schema: ticket },
    ...authProblems,
    notFoundProblem,
    { status: 409, description: 'The ticket is not at this step (solved, a visit pending …).' },
    { status: 412, description: 'The ticket changed meanwhile; read it and retry.' },
    ...bodyProblems,
  ],
});
const ratingLink = customerLinkDocs({
  tags: ticketTags,
  page: 'The page behind the customer’s emailed satisfaction link',
  pageDescription:
    'Shows the problem and how it was solved, with a form to rate the service 1–5 and comment, in the contact’s language.',
  post: 'The customer rates a solved ticket from the emailed link',
  postDescription: 'A form post carrying the link token `t`, `score` (1–5) and an optional `comment`.',
  used: 'Already rated.',
});
const serviceLink = customerLinkDocs({
  tags: ticketTags,
  page: 'The page behind the customer’s emailed problem-report link',
  pageDescription:
    'Emailed to the customer’s contact when an order completes: a form with the order’s products, the kind of problem, its urgency and a description, in the contact’s language.',
  post: 'The customer reports a problem with a completed order from the emailed link',
  postDescription:
    'A form post carrying the link token `t`, `line` (the order line, from 1), `category`, `severity` and `description`; opens a service ticket like one recorded by staff. The acknowledgement email carries a fresh link for the next report.',
  used: 'Already used (the acknowledgement holds a new link).',
});
const contactLink = customerLinkDocs({
  tags,
  page: 'The page behind the “write to us” link at the foot of every email to a customer’s contact',
  pageDescription:
    'A form, in the contact’s language: a complaint or a service request, its urgency, the message and what the customer would like done.',
  post: 'A customer’s contact complains or asks for service from the link in an email',
  postDescription:
    'A form post carrying the link token `t`, `kind` (`complaint` or `service`), `severity`, `message` and an optional `request`. A complaint is filed for the link’s contact and customer, owned by its rep and due by class and severity; a service request opens a ticket (source `customer-link`). Every later email to the contact carries a fresh link.',
  used: 'Already used (every later email holds a new link).',
});
const knowledgeTags = ['Knowledge base'];
const careTags = ['Appreciation events'];
const invitationLink = customerLinkDocs({
  tags: careTags,
  page: 'The page behind a customer’s emailed invitation link',
  pageDescription:
    'Shows the event (title, date, place) with buttons to accept or decline, in the contact’s language.',
  post: 'The customer accepts or declines an invitation from the emailed link',
  postDescription: 'A form post carrying the link token `t` and `answer` (`accept` or `decline`).',
  used: 'Already answered.',
});

export const serviceDocs: Record<string, OperationDocs> = {
  listInboundMessages: {
    summary: 'The email channel’s queue: messages from senders who are no known contact',
    description:
      'Sales admin and the manager. Customers write to the service address (SES inbound on AWS, setting `inboundAddress`; `npm run inbound` locally). A message from exactly one contact’s address became a complaint of that customer at once (`filed`, with its `complaintId`); any other waits here (`open`, oldest first) to be filed or dismissed. `status` lists the filed or dismissed ones.',
    tags,
    responses: [{ status: 200, description: 'One page.', schema: pageOf(inboundMessage) }, ...authProblems],
  },
  getInboundMessage: {
    summary: 'One received message',
    description: 'Sales admin and the manager: who wrote, what, when, and what became of it.',
    tags,
    responses: [
      { status: 200, description: 'The message.', schema: inboundMessage },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getInboundMessageAttachment: {
    summary: 'Download a file that came with a received message',
    description:
      'Sales admin and the manager. `number` counts the message’s `attachments` from 1. Answers the file’s name, type and size with a presigned download URL (five minutes), saved as `attachment-<number>` with the file’s extension.',
    tags,
    responses: attachmentResponses('message'),
  },
  fileInboundMessage: {
    summary: 'File a queued message as a complaint of a customer’s contact',
    description:
      'The complaint carries the message’s subject and text, the severity given, and the request (default: the subject); it is owned by the customer’s rep and due like any other. The message becomes `filed` with the complaint’s id, in the same transaction.',
    tags,
    requestBody: inboundFiling,
    responses: [{ status: 200, description: 'Filed.', schema: inboundMessage }, ...inboundStep],
  },
  dismissInboundMessage: {
    summary: 'Dismiss a queued message (not a complaint: spam, a wrong address), with the reason',
    description: 'The message stays on record as `dismissed`, with who dismissed it and why.',
    tags,
    requestBody: inboundDismissal,
    responses: [{ status: 200, description: 'Dismissed.', schema: inboundMessage }, ...inboundStep],
  },
  logComplaint: {
    summary: 'Log a customer complaint (R-3.5)',
    description:
      'The customer’s words and request, the contact who complained and the severity. Its owner is the customer’s rep; its answer deadline follows the customer’s class and the severity (setting `service`, documented in docs/operations.md: A faster than B faster than C). Honours `Idempotency-Key`.',
    tags,
    requestBody: newComplaint,
    responses: [
      { status: 201, description: 'Logged.', schema: complaint },
      ...authProblems,
      notFoundProblem,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listComplaints: {
    summary: 'List complaints: one customer’s (its file), or the department’s in a status by deadline',
    description:
      '`customerId` lists a customer’s complaints, newest first, for whoever may see the customer. Without it (sales admin, the manager, technicians), the complaints in `status` (default `open`) by answer deadline, the most urgent first.',
    tags,
    responses: [
      { status: 200, description: 'One page of complaints.', schema: pageOf(complaint) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getComplaint: {
    summary: 'Read a complaint with its whole history',
    tags,
    responses: [
      { status: 200, description: 'The complaint.', schema: complaint },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getComplaintAttachment: {
    summary: 'Download a file of the customer’s email a complaint came from',
    description:
      'Whoever may read the complaint. `number` counts its `attachments` from 1. Answers the file’s name, type and size with a presigned download URL (five minutes), saved as `attachment-<number>` with the file’s extension.',
    tags,
    responses: attachmentResponses('complaint'),
  },
  addComplaintNote: {
    summary: 'Add an investigation note',
    tags,
    requestBody: complaintNote,
    responses: [{ status: 200, description: 'Noted.', schema: complaint }, ...stepProblems],
  },
  answerComplaint: {
    summary: 'Answer the customer (emailed to the contact in their language)',
    description: 'An open complaint only; replies to the email reach the rep.',
    tags,
    requestBody: complaintAnswer,
    responses: [{ status: 200, description: 'Answered.', schema: complaint }, ...stepProblems],
  },
  followUpComplaint: {
    summary: 'Record the customer’s word after the answer: solved, or open again',
    description:
      '`solved: true` needs the root cause, its kind (`cause`) and the corrective action, recorded so the problem does not come back, and optionally the product concerned; the solved complaint counts in its month’s summary of causes (`GET /complaint-causes`). `solved: false` opens the complaint again for another answer.',
    tags,
    requestBody: complaintFollowUp,
    responses: [{ status: 200, description: 'Recorded.', schema: complaint }, ...stepProblems],
  },
  getProblemSummary: {
    summary: 'The most common customer problems of a period, with their known solutions (§3.6.4)',
    description:
      'For the sales manager, sales admin, technicians and production. `period` is a year, a quarter or a month. Tickets opened in the period by product and category, the most frequent first (the `problemSummarySize` setting), each with the latest solution the knowledge base holds for that product and category. The same summary goes to the sales manager by email on the first of each month for the month before.',
    tags: ticketTags,
    responses: [{ status: 200, description: 'The summary.', schema: problemSummary }, ...authProblems],
  },
  getComplaintCauses: {
    summary: 'Summarise the causes of the complaints solved in a period (§4.4.3)',
    description:
      'For the sales manager and sales admin. `period` is a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`). Solved complaints by kind of cause and product, the most frequent first, each with the latest root cause and corrective action; `recurring` when the same cause about the same product was solved in the twelve months before the period (the fix did not hold). One Query per month read.',
    tags,
    responses: [{ status: 200, description: 'The summary.', schema: complaintCauses }, ...authProblems],
  },
  openTicket: {
    summary: 'Record a customer problem as a service ticket (R-2.6.1)',
    description:
      'By the customer’s rep, sales admin, a technician or the manager: the customer, optionally the contact, the order (of this customer) and the product, the category, severity and description. The category routes it first (usage, malfunction, other: after-sales; quality: production; transport damage, wrong delivery: logistics; billing: finance). Its owner is the customer’s rep; its response and resolution deadlines follow the customer’s class and the severity (setting `service`, docs/operations.md), and its timer reminds and escalates. Honours `Idempotency-Key`.',
    tags: ticketTags,
    requestBody: newTicket,
    responses: [
      { status: 201, description: 'Recorded.', schema: ticket },
      ...authProblems,
      notFoundProblem,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listTickets: {
    summary: 'List tickets: one customer’s (its file), or a department’s queue',
    description:
      '`customerId` lists a customer’s tickets, newest first, for its rep, sales admin, technicians and the manager. Otherwise a department’s queue (`department`) in `status` (default `open`), the nearest resolution deadline first: production, logistics and finance see their own department’s (the default), another’s is a 403; sales admin, technicians and the manager any, and without `department` every queue one after the other. A rep names one of their customers.',
    tags: ticketTags,
    responses: [
      { status: 200, description: 'One page of tickets.', schema: pageOf(ticket) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getTicket: {
    summary: 'Read a ticket with its whole history',
    description: 'For its rep, sales admin, technicians, the manager and the department it is routed to.',
    tags: ticketTags,
    responses: [
      { status: 200, description: 'The ticket.', schema: ticket },
      ...authProblems,
      notFoundProblem,
    ],
  },
  routeTicket: ticketStep(
    'Route a ticket to another department, with the reason',
    'Each routing is kept in the history; the department is told by email.',
    ticketRouting,
  ),
  recordRemoteGuidance: ticketStep(
    'Record remote guidance given by phone or email',
    'The first guidance (or a planned visit) is the response the response deadline asks for.',
    remoteGuidance,
  ),
  planTicketVisit: ticketStep(
    'Plan an on-site visit by a technician',
    'Sales admin, a technician or the manager; one planned visit at a time. The technician is emailed.',
    visitPlan,
  ),
  reportTicketVisit: ticketStep(
    'The technician reports a visit: work done, parts used, outcome',
    'Only the visit’s technician.',
    visitReport,
  ),
  solveTicket: ticketStep(
    'Solve a ticket: problem, cause and solution',
    'Becomes a knowledge base entry for the product; a planned visit is reported first. The customer’s contact is emailed a single-use satisfaction link, and a receipt problem’s ticket resolves the order’s receipt issue.',
    ticketSolution,
  ),
  getContactMessagePage: contactLink.page,
  headContactMessagePage: contactLink.head,
  sendContactMessage: contactLink.post,
  getRatingPage: ratingLink.page,
  headRatingPage: ratingLink.head,
  rateTicket: ratingLink.post,
  getServiceRequestPage: serviceLink.page,
  headServiceRequestPage: serviceLink.head,
  reportServiceRequest: serviceLink.post,
  searchKnowledge: {
    summary: 'Search the knowledge base (R-2.6.4)',
    description:
      'Entries newest first, of one `product` (its model or name, any case) or all, with every word of `q` (any case) in the problem, cause or solution. For reps, sales admin, the manager, technicians, production and logistics.',
    tags: knowledgeTags,
    responses: [
      { status: 200, description: 'One page of entries.', schema: pageOf(knowledgeEntry) },
      ...authProblems,
    ],
  },
  getKnowledgeEntry: {
    summary: 'Read a knowledge base entry',
    tags: knowledgeTags,
    responses: [
      { status: 200, description: 'The entry.', schema: knowledgeEntry },
      ...authProblems,
      notFoundProblem,
    ],
  },
  createAppreciationEvent: {
    summary: 'Create an appreciation event for key customers (R-3.4)',
    description:
      'The sales manager: a product launch or customer gathering on a future day, at a place. Honours `Idempotency-Key`.',
    tags: careTags,
    requestBody: newAppreciationEvent,
    responses: [
      { status: 201, description: 'Created.', schema: appreciationEvent },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listAppreciationEvents: {
    summary: 'List appreciation events, latest date first',
    tags: careTags,
    responses: [
      { status: 200, description: 'One page of events.', schema: pageOf(appreciationEvent) },
      ...authProblems,
    ],
  },
  getAppreciationEvent: {
    summary: 'Read an event with its invitations and attendance',
    tags: careTags,
    responses: [
      {
        status: 200,
        description: 'The event, every invitation with its answer, and the counts.',
        schema: z.object({
          ...appreciationEvent.def.shape,
          invitations: z.array(invitation),
          attendance: z.object({ invited: z.int(), accepted: z.int(), declined: z.int() }),
        }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  proposeAppreciationGuests: {
    summary: 'Propose guests: A customers of at least N years',
    description:
      'A customers whose first purchase is at least `minYears` (default: setting `appreciationMinYears`, 3) whole years ago, the longest first, each marked if already invited.',
    tags: careTags,
    responses: [
      {
        status: 200,
        description: 'The proposals.',
        schema: z.object({ minYears: z.int(), items: z.array(proposal) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  inviteAppreciationGuests: {
    summary: 'Invite customers to an event',
    description:
      'The sales manager; at most 40 customers a request. Each customer’s first contact with an email is invited, by email in their language, with a single-use link to accept or decline until the event’s day. A customer invited before is not invited again.',
    tags: careTags,
    requestBody: invitationRequest,
    responses: [
      {
        status: 200,
        description: 'Who was invited now, and who had been before.',
        schema: z.object({ invited: z.array(z.string()), alreadyInvited: z.array(z.string()) }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The event has taken place, or a concurrent request invited one of them.' },
      ...bodyProblems,
    ],
  },
  getInvitationPage: invitationLink.page,
  headInvitationPage: invitationLink.head,
  answerInvitation: invitationLink.post,
};
