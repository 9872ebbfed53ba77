/** OpenAPI text of the audit trail, keyed by operation id. */
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import { authProblems } from '#shared/problem-responses.ts';
import { auditTrailEntry } from '#shared/audit.ts';

export const auditDocs: Record<string, OperationDocs> = {
  getAuditTrail: {
    summary: 'A record’s audit trail: who changed what, when, from which request',
    description:
      'Audit, the general manager and the sales manager. `type` names the kind of record and `id` the record (a customer’s trail also holds its contacts’, communication records’ and purchases’ changes; an expense audit’s its findings’; `performance-targets` a year’s). Oldest first; each entry has the changed fields (from, to) and the correlation id of the request or event the change came from, which every log line of that work carries. The trail is written in the same transaction as each change; no route edits or deletes it.',
    tags: ['Audit'],
    responses: [
      {
        status: 200,
        description: 'One page of the trail (empty for a record with no history).',
        schema: pageOf(auditTrailEntry),
      },
      ...authProblems,
    ],
  },
};
