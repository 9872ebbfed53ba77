import { defineEntity } from '#shared/entity.ts';

export const Complaints = defineEntity({
  type: 'Complaint',
  owner: 'service',
  description:
    'A customer complaint (R-3.5): content and request, owner, class and severity, answer deadline, answer, root cause, corrective action, and every step with its time.',
  key: { pk: 'COMPLAINT#{id}', sk: 'COMPLAINT' },
  indexes: {
    gsi1: { pk: 'CUSTOMER#{customerId}#COMPLAINTS', sk: '{createdAt}#{id}' },
    gsi2: { pk: 'COMPLAINTS', sk: '{status}#{answerDueAt}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a complaint', by: 'item' },
    { name: 'a customer’s complaints (the customer file)', index: 'gsi1', by: 'partition' },
    {
      name: 'complaints in a status, by answer deadline',
      index: 'gsi2',
      by: 'range',
      notes: 'open ones past their deadline: the hourly escalation',
    },
  ],
});

export const Tickets = defineEntity({
  type: 'ServiceTicket',
  subject: 'ticket',
  owner: 'service',
  description:
    'A customer problem (R-2.6): customer, order and product, category and severity, the department it is routed to, response and resolution deadlines, remote guidance and on-site visits, the cause and solution, the customer’s rating, every step with its time.',
  key: { pk: 'TICKET#{id}', sk: 'TICKET' },
  indexes: {
    gsi1: { pk: 'CUSTOMER#{customerId}#TICKETS', sk: '{createdAt}#{id}' },
    gsi2: { pk: 'TICKETS#{department}', sk: '{status}#{resolveBy}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a ticket', by: 'item' },
    { name: 'a customer’s tickets (the customer file)', index: 'gsi1', by: 'partition' },
    {
      name: 'a department’s queue: tickets in a status by resolution deadline',
      index: 'gsi2',
      by: 'prefix',
    },
  ],
});

export const RatingLinks = defineEntity({
  type: 'RatingLink',
  owner: 'service',
  description:
    'The single-use satisfaction link emailed to the customer’s contact when a ticket is solved: to whom, the token’s digest, its expiry, whether it was used.',
  key: { pk: 'TICKET#{ticketId}', sk: 'RATING_LINK' },
  patterns: [{ name: 'a ticket’s rating link', by: 'item' }],
});

export const ProblemCounts = defineEntity({
  type: 'ProblemCount',
  owner: 'service',
  description:
    'How many tickets a month opened about one product and category (an `ADD` in the opening transaction): the monthly summary of the most common problems reads one partition.',
  key: { pk: 'PROBLEMS#{month}', sk: '{product}#{category}' },
  patterns: [{ name: 'a month’s problems by product and category', by: 'partition' }],
});

export const ComplaintCauseCounts = defineEntity({
  type: 'ComplaintCauseCount',
  owner: 'service',
  description:
    'How many complaints solved in a month had one kind of cause about one product (an `ADD` in the solving transaction), with the latest root cause and corrective action: the summary of causes reads one partition a month.',
  key: { pk: 'COMPLAINT_CAUSES#{month}', sk: '{cause}#{product}' },
  patterns: [{ name: 'a month’s solved complaints by cause and product', by: 'partition' }],
});

export const KnowledgeEntries = defineEntity({
  type: 'KnowledgeEntry',
  owner: 'service',
  description:
    'A solved problem as problem → cause → solution, by product (R-2.6.4), from the ticket that solved it; `searchText` holds its words in lower case for the search filter.',
  key: { pk: 'KNOWLEDGE#{id}', sk: 'KNOWLEDGE' },
  indexes: {
    gsi1: { pk: 'KNOWLEDGE#PRODUCT#{product}', sk: '{createdAt}#{id}' },
    gsi2: { pk: 'KNOWLEDGE', sk: '{createdAt}#{id}' },
  },
  patterns: [
    { name: 'an entry', by: 'item' },
    { name: 'a product’s entries, newest first (words filtered)', index: 'gsi1', by: 'partition' },
    { name: 'all entries, newest first (words filtered)', index: 'gsi2', by: 'partition' },
  ],
});

export const AppreciationEvents = defineEntity({
  type: 'AppreciationEvent',
  owner: 'service',
  description:
    'An event for long-term key customers (R-3.4): product launch or customer gathering, date and place, the invitations sent and their answers.',
  key: { pk: 'APPRECIATION#{id}', sk: 'EVENT' },
  indexes: { gsi2: { pk: 'APPRECIATIONS', sk: '{date}#{id}' } },
  patterns: [
    { name: 'an event with its invitations', by: 'partition', notes: 'one Query' },
    { name: 'events by date', index: 'gsi2', by: 'partition' },
  ],
});

export const Invitations = defineEntity({
  type: 'Invitation',
  owner: 'service',
  description:
    'One customer’s invitation to an appreciation event: the contact invited, the single-use answer link’s digest and expiry, the answer (accept, decline) and when.',
  key: { pk: 'APPRECIATION#{eventId}', sk: 'INVITATION#{customerId}' },
  patterns: [{ name: 'an event’s invitations (its attendance list)', by: 'prefix' }],
});

export const ServiceLinks = defineEntity({
  type: 'ServiceLink',
  owner: 'service',
  description:
    'The customer contact’s link to report a problem with a completed order: single-use, replaced by a fresh one in the acknowledgement of each report, valid for `serviceLinkDays` after completion.',
  key: { pk: 'SERVICE_LINK#{orderId}', sk: 'LINK' },
  patterns: [{ name: 'an order’s problem-report link', by: 'item' }],
});

export const InboundMessages = defineEntity({
  type: 'InboundMessage',
  owner: 'service',
  description:
    'A customer’s email to the department’s service address: matched to a contact it became a complaint; from an unknown sender it waits in the queue for sales admin to file or dismiss.',
  key: { pk: 'INBOUND#{id}', sk: 'INBOUND' },
  indexes: { gsi1: { pk: 'INBOUND_MESSAGES#{status}', sk: '{receivedAt}#{id}' } },
  audited: true,
  subject: 'inbound-message',
  patterns: [
    { name: 'a message', by: 'item' },
    { name: 'the messages in a state, oldest first (the queue: open)', index: 'gsi1', by: 'partition' },
  ],
});

export const InboundMailClaims = defineEntity({
  type: 'InboundMailClaim',
  owner: 'service',
  description: 'One message per received email (its Message-ID’s digest), however often it is delivered.',
  key: { pk: 'INBOUND_MAIL#{digest}', sk: 'CLAIM' },
  patterns: [
    { name: 'the message of an email', by: 'item', notes: 'condition in the receiving transaction' },
  ],
});
