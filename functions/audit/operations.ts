import * as z from 'zod/mini';
import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { AuditRecords } from '#shared/entities.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { getResource, pageParameters, queryPage } from '#shared/listing.ts';
import { found } from '#shared/resource-replies.ts';
import { ROLES } from '#shared/roles.ts';
import { notFound, validationProblem } from '#shared/problem.ts';
import { pastDate } from '#shared/schemas.ts';
import type { AuditRecord } from '#shared/audit.ts';
import { visibleCustomer } from '../customers/public.ts';
import {
  AUDIT_SUBJECT_NAMES,
  AUDIT_SUBJECTS,
  partitionVariable,
  subjectPartition,
  type AuditSubject,
  type TrailReaders,
} from '../audit-subjects.ts';
import { sealPage, verifyDay } from './seals.ts';

/** Audit reads every record's trail and its seals; the department's heads answer for it. */
const TRAIL_READERS = ['auditor', 'general_manager', 'sales_manager'] as const;

/** Checked by `assertMayReadTrail`. */
const readableRecord = defineOwnership(
  'a record they may read',
  'Audit, the general manager and the sales manager read every record’s trail. Anyone else reads the trail of a record about a customer they may work with (the customer, its opportunities, quotes, contracts, orders, complaints, tickets, revisits, documents, market intelligence), of a record that names them (their claim, trip, delegation, an approval they decide or whose subject they own, a ticket they are the technician of), of their own profile, career plan, coaching plans and awards; finance every claim’s and credit limit’s, sales admin every import’s and received message’s. Targets, plans, products, training sessions and expense audits: audit and the heads only.',
);

const valueAt = (record: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

/** Whoever is not audit or a head reads a trail only as the subject's `readBy` allows (404 first). */
async function assertMayReadTrail(caller: Caller, subject: AuditSubject, id: string): Promise<void> {
  if (hasAnyRole(caller, TRAIL_READERS)) return;
  const readBy = (AUDIT_SUBJECTS[subject] as { readBy?: TrailReaders }).readBy;
  const refused = notAllowed(`The trail of this ${subject} is not yours to read.`);
  if (!readBy) throw refused;
  if (readBy.roles && hasAnyRole(caller, readBy.roles)) return;
  if (readBy.self) {
    if (id === caller.id) return;
    throw refused;
  }
  if (subject === 'customer') {
    await visibleCustomer(caller, id);
    return;
  }
  const { entity } = AUDIT_SUBJECTS[subject];
  const record = found(
    await getResource<Record<string, unknown>>(entity.key({ [partitionVariable(entity)]: id } as never)),
    `${subject} ${id}`,
  );
  if (readBy.people?.some((path) => valueAt(record, path) === caller.id)) return;
  if (readBy.customer && typeof record.customerId === 'string') {
    await visibleCustomer(caller, record.customerId);
    return;
  }
  throw refused;
}

/**
 * The audit trail of a record: every change of it, and of what its partition holds, with
 * who made it, when, field by field, and the correlation id of the request or event it came from.
 * Audit reads every record's; so do the general manager and the sales manager, who answer for the
 * department; anyone else the trail of a record they may read. Audit records are written with each change and no route edits or deletes them.
 */
const trail = defineOperation({
  operationId: 'getAuditTrail',
  method: 'GET',
  path: '/audit',
  auth: 'jwt',
  roles: ROLES,
  ownership: [readableRecord],
  query: z.strictObject({
    type: z.enum(AUDIT_SUBJECT_NAMES as [string, ...string[]]),
    id: z.string().check(z.maxLength(64)),
    ...pageParameters,
  }),
  async handle({ query, caller }) {
    const { type, id, ...page } = query;
    const subject = type as AuditSubject;
    // Each subject names its records its own way: a ULID, an employee id, a period, a year.
    if (!z.safeParse(AUDIT_SUBJECTS[subject].id, id).success)
      throw validationProblem([{ in: 'query', path: 'id', message: `Not the id of a ${subject}` }]);
    await assertMayReadTrail(caller, subject, id);
    const entries = await queryPage<AuditRecord>({
      partition: { attribute: 'pk', value: subjectPartition(subject, id) },
      sortKeyPrefix: { attribute: 'sk', value: AuditRecords.skPrefix },
      ...page,
    });
    return { status: 200, body: entries };
  },
});

/** The daily seals of the trail, newest first. */
const seals = defineOperation({
  operationId: 'listAuditSeals',
  method: 'GET',
  path: '/audit/seals',
  auth: 'jwt',
  roles: TRAIL_READERS,
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    return { status: 200, body: await sealPage(query) };
  },
});

/** A sealed day checked now: its entries chained again, against the seal and its locked copy. */
const sealCheck = defineOperation({
  operationId: 'checkAuditSeal',
  method: 'GET',
  path: '/audit/seals/{day}',
  auth: 'jwt',
  roles: TRAIL_READERS,
  params: z.strictObject({ day: pastDate }),
  async handle({ params }) {
    const verification = await verifyDay(params.day);
    if (!verification) throw notFound(`No seal for ${params.day}: a day is sealed after it ends.`);
    return { status: 200, body: verification };
  },
});

export const auditOperations: readonly Operation[] = [trail, seals, sealCheck];
