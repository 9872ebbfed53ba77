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

/** Sort keys start with the moment of contact so a reverse query lists the newest first. */
export const interactionKey = (
  customerId: string,
  occurredAtUtc: string,
  interactionId: string,
): PrimaryKey => ({
  pk: `CUSTOMER#${customerId}`,
  sk: `INTERACTION#${occurredAtUtc}#${interactionId}`,
});

/** Audit records sit in their entity's partition, after it in sort order. */
export const auditKey = (entityPk: string, auditId: string): PrimaryKey => ({
  pk: entityPk,
  sk: `AUDIT#${auditId}`,
});

export const idempotencyKey = (digest: string): PrimaryKey => ({
  pk: `IDEMPOTENCY#${digest}`,
  sk: 'IDEMPOTENCY',
});

export const SK_PREFIX = {
  contact: 'CONTACT#',
  interaction: 'INTERACTION#',
  audit: 'AUDIT#',
} as const;
