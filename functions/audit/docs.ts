/** OpenAPI text of the audit trail, keyed by operation id. */
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import * as z from 'zod/mini';
import { authProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { auditTrailEntry } from '#shared/audit.ts';
import { named } from '#shared/schemas.ts';

const sealFigures = {
  day: z.string(),
  previous: z.string(),
  head: z.string(),
  count: z.int(),
};
const auditSeal = named(
  'AuditSeal',
  z.object({
    ...sealFigures,
    firstId: z.optional(z.string()),
    lastId: z.optional(z.string()),
    sealedAt: z.string(),
  }),
);
const sealCheck = named(
  'AuditSealCheck',
  z.object({
    day: z.string(),
    intact: z.boolean(),
    seal: auditSeal,
    computed: z.object({
      head: z.string(),
      count: z.int(),
      firstId: z.optional(z.string()),
      lastId: z.optional(z.string()),
    }),
    problems: z.array(z.string()),
  }),
);

export const auditDocs: Record<string, OperationDocs> = {
  getAuditTrail: {
    summary: 'A record’s audit trail: who changed what, when, from which request',
    description:
      'Audit, the general manager and the sales manager read every record’s trail; anyone else the trail of a record they may read (a record about a customer they may work with, one that names them, their own profile and plans; see the ownership rule). `type` names the kind of record and `id` the record (a customer’s trail also holds its contacts’, communication records’ and purchases’ changes; an expense audit’s its findings’; `performance-targets` a year’s). Oldest first; each entry has the changed fields (from, to) and the correlation id of the request or event the change came from, which every log line of that work carries. The trail is written in the same transaction as each change; no route edits or deletes it.',
    tags: ['Audit'],
    responses: [
      {
        status: 200,
        description: 'One page of the trail (empty for a record with no history).',
        schema: pageOf(auditTrailEntry),
      },
      ...authProblems,
      { ...notFoundProblem, description: 'No such record (for a caller who is not audit or a head).' },
    ],
  },
  listAuditSeals: {
    summary: 'The audit trail’s daily seals, newest first',
    description:
      'Audit, the general manager and the sales manager. After each day (the department’s calendar) the `audit-seal` job chains every audit entry written that day, in write order, onto the head of the day before: each link is SHA-256 of the link before and the entry’s RFC 8785 canonical JSON as stored. `count` entries were sealed; `head` is the last link, `previous` the head it chained on from (64 zeros for the first seal). A copy of each seal is kept in an S3 Object Lock bucket that nobody can change or delete during its retention.',
    tags: ['Audit'],
    responses: [
      { status: 200, description: 'One page of seals.', schema: pageOf(auditSeal) },
      ...authProblems,
    ],
  },
  checkAuditSeal: {
    summary: 'Checks a sealed day again: is the trail as it was sealed?',
    description:
      'Chains the day’s entries again from the seal’s `previous` and compares: the number of entries and the head with the seal, the seal with its locked copy, and `previous` with the head of the day sealed before. An entry edited, removed or added straight in the table, or a seal rewritten, shows as `intact: false` with each problem named. The same check runs every day in the `audit-seal` job and from `npm run audit-chain`.',
    tags: ['Audit'],
    responses: [
      { status: 200, description: 'The day’s check.', schema: sealCheck },
      ...authProblems,
      { ...notFoundProblem, description: 'No seal for that day (a day is sealed after it ends).' },
    ],
  },
};
