import { nextVersion } from '#shared/clock.ts';
import { defineOwnership } from '#shared/access.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { conflict, notAllowed } from '#shared/domain-errors.ts';
import type { Complaint, ComplaintCause, ComplaintStep, Severity } from './model.ts';
import type { ServiceSettings } from './settings.ts';

/**
 * Complaints' pure rules (R-3.5, R-3.1): the answer deadline by class and severity; logging,
 * investigation notes, the answer, follow-ups until the customer confirms it is solved (with the
 * root cause and the corrective action), and the escalation of an overdue one, once.
 */

/** When the customer must have an answer: hours by class (unclassified as C) and severity. */
export function answerDeadline(
  loggedAt: string,
  customerClass: 'A' | 'B' | 'C' | undefined | null,
  severity: Severity,
  settings: ServiceSettings,
): { customerClass: 'A' | 'B' | 'C'; answerDueAt: string } {
  const effective = customerClass ?? 'C';
  const hours = settings.complaintResponseHours[effective][severity];
  return {
    customerClass: effective,
    answerDueAt: new Date(Date.parse(loggedAt) + hours * 3_600_000).toISOString(),
  };
}

const step = (at: string, by: string, what: ComplaintStep['what'], text?: string): ComplaintStep => ({
  at,
  by,
  what,
  ...(text ? { text } : {}),
});

const moved = (
  complaint: Complaint,
  at: string,
  fields: Partial<Complaint>,
  history: ComplaintStep,
): Complaint =>
  nextVersion(
    {
      ...complaint,
      ...fields,
      history: [...complaint.history, history],
    },
    at,
  );

function open(complaint: Complaint) {
  if (complaint.status === 'solved') throw conflict(`Complaint ${complaint.id} is solved.`);
}

export function addNote(complaint: Complaint, text: string, by: string, at: string): Complaint {
  open(complaint);
  return moved(complaint, at, {}, step(at, by, 'note', text));
}

/** The answer to the customer (emailed in their language); another answer after a reopening is fine. */
export function answerComplaint(complaint: Complaint, text: string, by: string, at: string): Complaint {
  if (complaint.status !== 'open')
    throw conflict(`Complaint ${complaint.id} is ${complaint.status}; only an open one is answered.`);
  return moved(
    complaint,
    at,
    { status: 'answered', answer: { text, by, at } },
    step(at, by, 'answered', text),
  );
}

/** The customer's word after the answer: solved (with root cause and cure), or open again. */
export function followUp(
  complaint: Complaint,
  input:
    | { solved: false; text: string }
    | {
        solved: true;
        text: string;
        rootCause: string;
        correctiveAction: string;
        cause: ComplaintCause;
        product?: string | undefined;
      },
  by: string,
  at: string,
): Complaint {
  if (complaint.status !== 'answered')
    throw conflict(`Complaint ${complaint.id} is ${complaint.status}; a follow-up comes after the answer.`);
  if (!input.solved) return moved(complaint, at, { status: 'open' }, step(at, by, 'reopened', input.text));
  return moved(
    complaint,
    at,
    {
      status: 'solved',
      solvedAt: at,
      rootCause: input.rootCause,
      correctiveAction: input.correctiveAction,
      cause: input.cause,
      ...(input.product ? { product: input.product } : {}),
    },
    step(at, by, 'solved', input.text),
  );
}

/** An open complaint past its answer deadline escalates to the manager, once. */
export function escalateIfOverdue(complaint: Complaint, now: string): Complaint | undefined {
  if (complaint.status !== 'open' || complaint.escalatedAt || complaint.answerDueAt > now) return undefined;
  return moved(complaint, now, { escalatedAt: now }, step(now, 'complaint-deadlines', 'escalated'));
}

/** Who works on complaints: the customer's rep, sales admin and the manager; after-sales technicians read them. */
export const COMPLAINT_ROLES = ['sales_rep', 'sales_admin', 'sales_manager', 'technician'] as const;
const DEPARTMENT = ['sales_admin', 'sales_manager', 'technician'] as const;
export const seesAllComplaints = (caller: Caller) => hasAnyRole(caller, DEPARTMENT);

/** Checked by `assertComplaintAccess`. */
export const ownComplaint = defineOwnership(
  'own complaint',
  'A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.',
);

export function assertComplaintAccess(caller: Caller, complaint: Pick<Complaint, 'id' | 'ownerId'>): void {
  if (!seesAllComplaints(caller) && complaint.ownerId !== caller.id)
    throw notAllowed(`Complaint ${complaint.id} is another rep's.`);
}

export function newComplaintRecord(
  input: {
    id: string;
    customerId: string;
    ownerId: string;
    contactId: string;
    severity: Severity;
    content: string;
    request: string;
  },
  deadline: { customerClass: 'A' | 'B' | 'C'; answerDueAt: string },
  by: string,
  at: string,
): Complaint {
  return {
    ...input,
    ...deadline,
    status: 'open',
    history: [step(at, by, 'logged')],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** One month's solved complaints of one cause about one product, as the summary reads them. */
export interface CauseCount {
  month: string;
  cause: ComplaintCause;
  product: string;
  solved: number;
  rootCause: string;
  correctiveAction: string;
}

/**
 * The summary of complaint causes over a period (§4.4.3: causes analysed, fixes recorded, repeats
 * prevented): solved complaints by kind of cause and product, the most frequent first, each with
 * the latest root cause and corrective action, and whether the same cause about the same product
 * came back after being solved in the twelve months before (`recurring`, with the last month it
 * was seen then).
 */
export function causeSummary(period: readonly CauseCount[], before: readonly CauseCount[]) {
  const keyOf = (row: Pick<CauseCount, 'cause' | 'product'>) => `${row.cause}#${row.product}`;
  const lastBefore = new Map<string, string>();
  for (const row of before)
    if ((lastBefore.get(keyOf(row)) ?? '') < row.month) lastBefore.set(keyOf(row), row.month);
  const causes = [...Map.groupBy(period, keyOf).values()].map((rows) => {
    const latest = rows.reduce((a, b) => (b.month > a.month ? b : a));
    const seen = lastBefore.get(keyOf(latest));
    return {
      cause: latest.cause,
      product: latest.product === '-' ? undefined : latest.product,
      solved: rows.reduce((sum, row) => sum + row.solved, 0),
      rootCause: latest.rootCause,
      correctiveAction: latest.correctiveAction,
      recurring: seen !== undefined,
      ...(seen ? { lastSeenBefore: seen } : {}),
    };
  });
  causes.sort(
    (a, b) =>
      b.solved - a.solved ||
      a.cause.localeCompare(b.cause) ||
      (a.product ?? '').localeCompare(b.product ?? ''),
  );
  const byCause = [...Map.groupBy(causes, (row) => row.cause)].map(([cause, rows]) => ({
    cause,
    solved: rows.reduce((sum, row) => sum + row.solved, 0),
  }));
  byCause.sort((a, b) => b.solved - a.solved || a.cause.localeCompare(b.cause));
  return { solved: causes.reduce((sum, row) => sum + row.solved, 0), byCause, causes };
}
