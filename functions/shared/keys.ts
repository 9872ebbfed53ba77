/**
 * Key patterns of every entity in the single table. Reading this file gives the data model;
 * `docs/data-model.md` lists the access patterns that use them.
 */
export interface PrimaryKey {
  pk: string;
  sk: string;
}

export const employeeKeys = (employeeId: string) => ({
  pk: `EMPLOYEE#${employeeId}`,
  sk: 'PROFILE',
  /** All employees of the department, by id. */
  gsi1pk: 'EMPLOYEES',
  gsi1sk: `EMPLOYEE#${employeeId}`,
});

export const customerKeys = (customerId: string, ownerId: string) => ({
  pk: `CUSTOMER#${customerId}`,
  sk: 'CUSTOMER',
  /** One rep's customers. */
  gsi1pk: `OWNER#${ownerId}#CUSTOMERS`,
  gsi1sk: `CUSTOMER#${customerId}`,
  /** All customers of the department. */
  gsi2pk: 'CUSTOMERS',
  gsi2sk: `CUSTOMER#${customerId}`,
});

export const customerKey = (customerId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: 'CUSTOMER',
});

/** Claims a normalized company name, so the same company is not filed twice. */
export const customerNameKey = (normalizedName: string): PrimaryKey => ({
  pk: `CUSTOMER_NAME#${normalizedName}`,
  sk: 'CLAIM',
});

export const contactKey = (customerId: string, contactId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `CONTACT#${contactId}`,
});

/**
 * Index keys of a contact: by birthday (sparse: only contacts with one) and all contacts of the
 * department, for birthday and holiday greetings.
 */
export const contactIndexKeys = (customerId: string, contactId: string, birthday: string | undefined) => ({
  ...(birthday ? { gsi1pk: `BIRTHDAY#${birthday}`, gsi1sk: `CONTACT#${customerId}#${contactId}` } : {}),
  gsi2pk: 'CONTACTS',
  gsi2sk: `CONTACT#${customerId}#${contactId}`,
});

/** Sort keys start with the moment of contact so a reverse query lists the newest first. */
export const interactionKey = (
  customerId: string,
  occurredAtUtc: string,
  interactionId: string,
): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `INTERACTION#${occurredAtUtc}#${interactionId}`,
});

/** Rolling purchase aggregates and the last contact of a customer, kept current by writes. */
export const customerStatsKey = (customerId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: 'STATS',
});

/** The latest classification of a customer: score, reasons and any manager override. */
export const classificationKey = (customerId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: 'CLASSIFICATION',
});

/** Purchases sort by date, newest last. */
export const purchaseKey = (customerId: string, date: string, purchaseId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `PURCHASE#${date}#${purchaseId}`,
});

/** One change of a customer's class. */
export const classChangeKey = (customerId: string, at: string, changeId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `CLASS#${at}#${changeId}`,
});

/** A revisit task; listed per owner and department-wide by status and due date. */
export const revisitKeys = (revisitId: string, ownerId: string, status: string, dueOn: string) => ({
  pk: `REVISIT#${revisitId}`,
  sk: 'REVISIT',
  gsi1pk: `OWNER#${ownerId}#REVISITS`,
  gsi1sk: `${status}#${dueOn}#${revisitId}`,
  gsi2pk: 'REVISITS',
  gsi2sk: `${status}#${dueOn}#${revisitId}`,
});

export const revisitKey = (revisitId: string): PrimaryKey => ({ pk: `REVISIT#${revisitId}`, sk: 'REVISIT' });

/** At most one open revisit per customer: this claim exists while one is open. */
export const openRevisitKey = (customerId: string): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: 'OPEN_REVISIT',
});

/** A care message to one contact for one occasion on one day: the send-once record and timeline entry. */
export const careMessageKey = (
  customerId: string,
  date: string,
  occasion: string,
  contactId: string,
): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `CARE#${date}#${occasion}#${contactId}`,
});

/** A rep's daily revisit digest, sent once. */
export const revisitDigestKey = (ownerId: string, date: string): PrimaryKey => ({
  pk: `EMPLOYEE#${ownerId}`,
  sk: `REVISIT_DIGEST#${date}`,
});

/** The product catalogue, listed by id. */
export const productKeys = (productId: string) => ({
  pk: `PRODUCT#${productId}`,
  sk: 'PRODUCT',
  gsi1pk: 'PRODUCTS',
  gsi1sk: `PRODUCT#${productId}`,
});
export const productKey = (productId: string): PrimaryKey => ({ pk: `PRODUCT#${productId}`, sk: 'PRODUCT' });

/** Opportunities: per owner and department-wide, by id (creation order). */
export const opportunityKeys = (opportunityId: string, ownerId: string) => ({
  pk: `OPPORTUNITY#${opportunityId}`,
  sk: 'OPPORTUNITY',
  gsi1pk: `OWNER#${ownerId}#OPPORTUNITIES`,
  gsi1sk: `OPPORTUNITY#${opportunityId}`,
  gsi2pk: 'OPPORTUNITIES',
  gsi2sk: `OPPORTUNITY#${opportunityId}`,
});
export const opportunityKey = (opportunityId: string): PrimaryKey => ({
  pk: `OPPORTUNITY#${opportunityId}`,
  sk: 'OPPORTUNITY',
});
/** Stage changes, in time order, for conversion rates. */
export const stageChangeKey = (opportunityId: string, at: string, changeId: string): PrimaryKey => ({
  pk: `OPPORTUNITY#${opportunityId}`,
  sk: `STAGE#${at}#${changeId}`,
});

/** A quote's header, listed per owner and department-wide. */
export const quoteKeys = (quoteId: string, ownerId: string) => ({
  pk: `QUOTE#${quoteId}`,
  sk: 'QUOTE',
  gsi1pk: `OWNER#${ownerId}#QUOTES`,
  gsi1sk: `QUOTE#${quoteId}`,
  gsi2pk: 'QUOTES',
  gsi2sk: `QUOTE#${quoteId}`,
});
export const quoteKey = (quoteId: string): PrimaryKey => ({ pk: `QUOTE#${quoteId}`, sk: 'QUOTE' });
/** Revisions are immutable; zero-padded numbers sort in order. */
export const quoteRevisionKey = (quoteId: string, revision: number): PrimaryKey => ({
  pk: `QUOTE#${quoteId}`,
  sk: `REVISION#${String(revision).padStart(4, '0')}`,
});

/**
 * A human step of a workflow: pending ones per approver by due time, all of a subject (a
 * contract's review history) by creation.
 */
export const approvalKeys = (approval: {
  id: string;
  approverId: string;
  status: string;
  dueAt: string;
  subject: { type: string; id: string };
  createdAt: string;
}) => ({
  pk: `APPROVAL#${approval.id}`,
  sk: 'APPROVAL',
  gsi1pk: `APPROVER#${approval.approverId}#${approval.status}`,
  gsi1sk: `${approval.dueAt}#${approval.id}`,
  gsi2pk: `SUBJECT#${approval.subject.type}#${approval.subject.id}`,
  gsi2sk: `${approval.createdAt}#${approval.id}`,
});
export const approvalKey = (approvalId: string): PrimaryKey => ({
  pk: `APPROVAL#${approvalId}`,
  sk: 'APPROVAL',
});

/** One approval per workflow task token, however often the task is retried. */
export const approvalTaskKey = (tokenDigest: string): PrimaryKey => ({
  pk: `APPROVAL_TASK#${tokenDigest}`,
  sk: 'CLAIM',
});

/** Contracts per owner and department-wide; one contract per accepted quote. */
export const contractKeys = (contractId: string, ownerId: string) => ({
  pk: `CONTRACT#${contractId}`,
  sk: 'CONTRACT',
  gsi1pk: `OWNER#${ownerId}#CONTRACTS`,
  gsi1sk: `CONTRACT#${contractId}`,
  gsi2pk: 'CONTRACTS',
  gsi2sk: `CONTRACT#${contractId}`,
});
export const contractKey = (contractId: string): PrimaryKey => ({
  pk: `CONTRACT#${contractId}`,
  sk: 'CONTRACT',
});
export const quoteContractKey = (quoteId: string): PrimaryKey => ({ pk: `QUOTE#${quoteId}`, sk: 'CONTRACT' });

/** Audit records sit in their entity's partition, after it in sort order. */
export const auditKey = (entityPk: string, auditId: string): PrimaryKey => ({
  pk: entityPk,
  sk: `AUDIT#${auditId}`,
});

/** One firing of a scheduled job; sort keys order runs by scheduled time. */
export const jobRunKey = (job: string, scheduledTime: string): PrimaryKey => ({
  pk: `JOB#${job}`,
  sk: `RUN#${scheduledTime}`,
});

export const idempotencyKey = (digest: string): PrimaryKey => ({
  pk: `IDEMPOTENCY#${digest}`,
  sk: 'IDEMPOTENCY',
});

export const SK_PREFIX = {
  contact: 'CONTACT#',
  interaction: 'INTERACTION#',
  audit: 'AUDIT#',
  jobRun: 'RUN#',
  purchase: 'PURCHASE#',
  classChange: 'CLASS#',
  care: 'CARE#',
  stageChange: 'STAGE#',
  revision: 'REVISION#',
} as const;
