import * as z from 'zod/mini';
import { dateTimeBetween, dateWithin, employeeId, line, text, ulidId, named } from '#shared/schemas.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COMPLAINT_STATUSES = ['open', 'answered', 'solved'] as const;

/** What a solved complaint's root cause was, by kind (§4.4.3: causes summarised across complaints). */
export const COMPLAINT_CAUSES = [
  'product_quality',
  'delivery_delay',
  'transport_damage',
  'installation',
  'documentation',
  'service_attitude',
  'price_or_billing',
  'other',
] as const;
export type ComplaintCause = (typeof COMPLAINT_CAUSES)[number];

/** One step of a complaint's history: what happened, who, when. */
export const complaintStep = named(
  'ComplaintStep',
  z.object({
    at: z.string(),
    by: z.string(),
    what: z.enum(['logged', 'note', 'answered', 'follow-up', 'reopened', 'solved', 'escalated']),
    text: z.optional(z.string()),
  }),
);
export type ComplaintStep = z.output<typeof complaintStep>;

/** A complaint: the customer's words and request, an owner, a deadline, the answer, the cure. */
/**
 * A file that came with a customer's email (a photo of the defect, a delivery note), kept in the
 * documents bucket under `key`; downloaded through the message's or the complaint's route.
 */
export const attachment = z.object({
  name: z.string(),
  contentType: z.string(),
  size: z.int(),
  key: z.string(),
});
export type Attachment = z.output<typeof attachment>;

/** A file's route answers it as the archive answers a document: what it is, and its download. */
export const attachmentDownload = named(
  'AttachmentDownload',
  z.object({
    attachment: z.object({ name: z.string(), contentType: z.string(), size: z.int() }),
    download: z.object({ url: z.string(), expiresAt: z.string() }),
  }),
);

export const complaint = named(
  'Complaint',
  z.object({
    id: z.string(),
    customerId: z.string(),
    /** The customer's rep: they own it until it is solved. */
    ownerId: z.string(),
    contactId: z.string(),
    severity: z.enum(SEVERITIES),
    /** The customer's class when it was logged (sets the deadline). */
    customerClass: z.enum(['A', 'B', 'C']),
    content: z.string(),
    request: z.string(),
    status: z.enum(COMPLAINT_STATUSES),
    /** When the customer must have an answer. */
    answerDueAt: z.string(),
    answer: z.optional(z.object({ text: z.string(), by: z.string(), at: z.string() })),
    rootCause: z.optional(z.string()),
    correctiveAction: z.optional(z.string()),
    /** The kind of root cause and the product concerned, for the summary of causes (solved ones). */
    cause: z.optional(z.enum(COMPLAINT_CAUSES)),
    product: z.optional(z.string()),
    escalatedAt: z.optional(z.string()),
    solvedAt: z.optional(z.string()),
    history: z.array(complaintStep),
    /** The files of the email it came from. */
    attachments: z.optional(z.array(attachment)),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Complaint = z.output<typeof complaint>;

export const newComplaint = z.strictObject({
  customerId: ulidId,
  contactId: ulidId,
  severity: z.enum(SEVERITIES),
  content: text(4000),
  /** What the customer asks for (a replacement, a refund, a visit …). */
  request: text(2000),
});

export const complaintNote = z.strictObject({ text: text(4000) });
export const complaintAnswer = z.strictObject({ text: text(4000) });
export const complaintFollowUp = named(
  'ComplaintFollowUp',
  z.discriminatedUnion('solved', [
    z.strictObject({ solved: z.literal(false), text: text(4000) }),
    z.strictObject({
      /** The customer confirmed it is solved: the root cause and the corrective action are recorded. */
      solved: z.literal(true),
      text: text(4000),
      rootCause: text(2000),
      correctiveAction: text(2000),
      /** The kind of root cause: the summary of causes counts complaints by it. */
      cause: z.enum(COMPLAINT_CAUSES),
      /** The product concerned (name or model, as tickets name it), if one is. */
      product: z.optional(line(200)),
    }),
  ]),
);

export const complaintListQuery = z.strictObject({
  customerId: z.optional(ulidId),
  status: z.optional(z.enum(COMPLAINT_STATUSES)),
});

/** What a service ticket is about: it decides the department it is routed to first. */
export const TICKET_CATEGORIES = [
  'usage',
  'malfunction',
  'quality',
  'transport_damage',
  'wrong_delivery',
  'billing',
  'other',
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** Who works on a ticket: after-sales (the technicians), production, logistics, finance. */
export const SERVICE_DEPARTMENTS = ['after_sales', 'production', 'logistics', 'finance'] as const;
export type ServiceDepartment = (typeof SERVICE_DEPARTMENTS)[number];

export const TICKET_STATUSES = ['open', 'in_progress', 'solved'] as const;

/** The moments a ticket's timer looks at it, in time order (R-3.1 deadlines). */
export const TICKET_ALARMS = [
  'response-reminder',
  'response-overdue',
  'resolution-reminder',
  'resolution-overdue',
] as const;
export type TicketAlarm = (typeof TICKET_ALARMS)[number];

export const ticketStep = named(
  'TicketStep',
  z.object({
    at: z.string(),
    by: z.string(),
    what: z.enum([
      'opened',
      'routed',
      'remote-guidance',
      'visit-planned',
      'visit-reported',
      'reminded',
      'escalated',
      'solved',
      'rated',
    ]),
    text: z.optional(z.string()),
    department: z.optional(z.enum(SERVICE_DEPARTMENTS)),
  }),
);
export type TicketStep = z.output<typeof ticketStep>;

const partUsed = z.object({ part: z.string(), quantity: z.int() });

export const visit = named(
  'Visit',
  z.object({
    number: z.int(),
    technicianId: z.string(),
    plannedFor: z.string(),
    status: z.enum(['planned', 'done']),
    report: z.optional(
      z.object({
        workDone: z.string(),
        partsUsed: z.array(partUsed),
        outcome: z.enum(['solved', 'follow-up-needed']),
        at: z.string(),
      }),
    ),
  }),
);
export type Visit = z.output<typeof visit>;

/** The product a problem is about: a catalogue model, or the name the customer gives. */
export const ticketProduct = named(
  'TicketProduct',
  z.object({ name: z.string(), model: z.optional(z.string()) }),
);

/**
 * A service ticket: a customer's problem with its owner (the customer's rep), the
 * department it is routed to, its response and resolution deadlines, how it was handled (remote
 * guidance, on-site visits), the cause and solution, and the customer's rating.
 */
export const ticket = named(
  'Ticket',
  z.object({
    id: z.string(),
    customerId: z.string(),
    ownerId: z.string(),
    contactId: z.optional(z.string()),
    orderId: z.optional(z.string()),
    product: z.optional(ticketProduct),
    category: z.enum(TICKET_CATEGORIES),
    severity: z.enum(SEVERITIES),
    description: z.string(),
    /** Recorded by staff, opened from a receipt problem, or reported by the contact from the order's link. */
    source: z.enum(['staff', 'receipt', 'customer-link']),
    receiptIssueId: z.optional(z.string()),
    department: z.enum(SERVICE_DEPARTMENTS),
    customerClass: z.enum(['A', 'B', 'C']),
    status: z.enum(TICKET_STATUSES),
    respondBy: z.string(),
    resolveBy: z.string(),
    respondedAt: z.optional(z.string()),
    handling: z.optional(z.enum(['remote', 'on_site'])),
    visits: z.array(visit),
    /** The timer's alarms that have fired (each fires once). */
    alarms: z.array(z.enum(TICKET_ALARMS)),
    resolution: z.optional(
      z.object({
        problem: z.string(),
        cause: z.string(),
        solution: z.string(),
        knowledgeEntryId: z.string(),
      }),
    ),
    solvedAt: z.optional(z.string()),
    rating: z.optional(z.object({ score: z.int(), comment: z.optional(z.string()), at: z.string() })),
    history: z.array(ticketStep),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Ticket = z.output<typeof ticket>;

const productInput = z.strictObject({ name: line(200), model: z.optional(line(100)) });

export const newTicket = z.strictObject({
  customerId: ulidId,
  contactId: z.optional(ulidId),
  orderId: z.optional(ulidId),
  product: z.optional(productInput),
  category: z.enum(TICKET_CATEGORIES),
  severity: z.enum(SEVERITIES),
  description: text(4000),
});

export const ticketRouting = z.strictObject({ department: z.enum(SERVICE_DEPARTMENTS), reason: text(1000) });
export const remoteGuidance = z.strictObject({ channel: z.enum(['phone', 'email']), text: text(4000) });
export const visitPlan = z.strictObject({
  technicianId: employeeId,
  plannedFor: dateTimeBetween(0, 1),
});
export const visitReport = z.strictObject({
  workDone: text(4000),
  partsUsed: z
    .array(z.strictObject({ part: line(200), quantity: z.int().check(z.positive(), z.maximum(10_000)) }))
    .check(z.maxLength(50)),
  outcome: z.enum(['solved', 'follow-up-needed']),
});
/** Closing a ticket: the problem, cause and solution become a knowledge base entry. */
export const ticketSolution = z.strictObject({
  problem: text(500),
  cause: text(2000),
  solution: text(4000),
});
export const visitParams = z.strictObject({
  id: ulidId,
  number: z.pipe(z.string().check(z.regex(/^[1-9]\d?$/, 'Must be a visit number')), z.transform(Number)),
});

export const ticketListQuery = z.strictObject({
  customerId: z.optional(ulidId),
  department: z.optional(z.enum(SERVICE_DEPARTMENTS)),
  status: z.optional(z.enum(TICKET_STATUSES)),
});

/** A knowledge base entry: a solved problem as problem → cause → solution, by product. */
export const knowledgeEntry = named(
  'KnowledgeEntry',
  z.object({
    id: z.string(),
    /** The product's model, else its name; `general` when the ticket named none. */
    product: z.string(),
    category: z.enum(TICKET_CATEGORIES),
    problem: z.string(),
    cause: z.string(),
    solution: z.string(),
    ticketId: z.string(),
    author: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type KnowledgeEntry = z.output<typeof knowledgeEntry>;

export const knowledgeQuery = z.strictObject({
  product: z.optional(line(100)),
  /** Words that must all appear in the problem, cause or solution (any case). */
  q: z.optional(line(200)),
});

/** An appreciation event for long-term key customers. */
export const appreciationEvent = named(
  'AppreciationEvent',
  z.object({
    id: z.string(),
    kind: z.enum(['product_launch', 'customer_gathering']),
    title: z.string(),
    date: z.string(),
    place: z.string(),
    description: z.optional(z.string()),
    createdBy: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type AppreciationEvent = z.output<typeof appreciationEvent>;

/** One customer's invitation: who was invited and their answer (the attendance list). */
export const invitation = named(
  'Invitation',
  z.object({
    eventId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    contactId: z.string(),
    contactName: z.string(),
    language: z.enum(['zh-CN', 'en']),
    status: z.enum(['invited', 'accepted', 'declined']),
    invitedBy: z.string(),
    invitedAt: z.string(),
    answeredAt: z.optional(z.string()),
  }),
);
export type Invitation = z.output<typeof invitation>;

export const newAppreciationEvent = z.strictObject({
  kind: z.enum(['product_launch', 'customer_gathering']),
  title: line(200),
  date: dateWithin(2),
  place: line(300),
  description: z.optional(text(4000)),
});

export const invitationRequest = z.strictObject({
  /** At most 40 a request (each invitation and its event are written in one transaction). */
  customerIds: z.array(ulidId).check(z.minLength(1), z.maxLength(40)),
});

export const proposalQuery = z.strictObject({
  minYears: z.optional(
    z.pipe(z.string().check(z.regex(/^\d{1,2}$/, 'Must be a number of years')), z.transform(Number)),
  ),
});

/** A proposed guest: an A customer of at least so many years. */
export const proposal = named(
  'Proposal',
  z.object({
    customerId: z.string(),
    name: z.string(),
    ownerId: z.string(),
    firstPurchaseOn: z.string(),
    years: z.int(),
    invited: z.boolean(),
  }),
);

/** The summary of complaint causes over a period (§4.4.3). */
export const complaintCauses = named(
  'ComplaintCauses',
  z.object({
    period: z.string(),
    /** Complaints solved in the period. */
    solved: z.int(),
    byCause: z.array(z.object({ cause: z.enum(COMPLAINT_CAUSES), solved: z.int() })),
    causes: z.array(
      z.object({
        cause: z.enum(COMPLAINT_CAUSES),
        product: z.optional(z.string()),
        solved: z.int(),
        /** The latest root cause and corrective action recorded for it. */
        rootCause: z.string(),
        correctiveAction: z.string(),
        /** The same cause about the same product was solved in the twelve months before: it came back. */
        recurring: z.boolean(),
        lastSeenBefore: z.optional(z.string()),
      }),
    ),
  }),
);

/** The most common customer problems of a period with their known solutions (§3.6.4). */
export const problemSummary = named(
  'ProblemSummary',
  z.object({
    period: z.string(),
    /** Tickets opened in the period. */
    tickets: z.int(),
    problems: z.array(
      z.object({
        /** The product's model, else its name; `general` when the ticket named none. */
        product: z.string(),
        category: z.enum(TICKET_CATEGORIES),
        count: z.int(),
        /** The latest knowledge base entry for this product and category, if any. */
        solution: z.optional(
          z.object({ entryId: z.string(), problem: z.string(), cause: z.string(), solution: z.string() }),
        ),
      }),
    ),
  }),
);
