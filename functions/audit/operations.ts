import * as z from 'zod/mini';
import { AuditRecords } from '#shared/entities.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters, queryPage } from '#shared/listing.ts';
import { notFound, validationProblem } from '#shared/problem.ts';
import { pastDate } from '#shared/schemas.ts';
import type { AuditRecord } from '#shared/audit.ts';
import { AUDIT_SUBJECT_NAMES, AUDIT_SUBJECTS, subjectPartition } from '../audit-subjects.ts';
import { sealPage, verifyDay } from './seals.ts';

/** Audit reads every record's trail and its seals; the department's heads answer for it. */
const TRAIL_READERS = ['auditor', 'general_manager', 'sales_manager'] as const;

/**
 * The audit trail of a record: every change of it, and of what its partition holds, with
 * who made it, when, field by field, and the correlation id of the request or event it came from.
 * Audit reads every record's; so do the general manager and the sales manager, who answer for the
 * department. Audit records are written with each change and no route edits or deletes them.
 */
const trail = defineOperation({
  operationId: 'getAuditTrail',
  method: 'GET',
  path: '/audit',
  auth: 'jwt',
  roles: TRAIL_READERS,
  query: z.strictObject({
    type: z.enum(AUDIT_SUBJECT_NAMES as [string, ...string[]]),
    id: z.string().check(z.maxLength(64)),
    ...pageParameters,
  }),
  async handle({ query }) {
    const { type, id, ...page } = query;
    const subject = type as keyof typeof AUDIT_SUBJECTS;
    // Each subject names its records its own way: a ULID, an employee id, a period, a year.
    if (!z.safeParse(AUDIT_SUBJECTS[subject].id, id).success)
      throw validationProblem([{ in: 'query', path: 'id', message: `Not the id of a ${subject}` }]);
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
