import { type ChangeExtras, commitChange, causes } from '#shared/change.ts';
import * as z from 'zod/mini';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { period, periodMonths } from '#shared/periods.ts';
import { monthOf } from '#shared/calendar.ts';
import { validationProblem } from '#shared/problem.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { getContact, visibleCustomer } from '../customers/public.ts';
import { complaintAnswered, complaintLogged, complaintSolved } from './events.ts';
import {
  type Complaint,
  complaintAnswer,
  complaintFollowUp,
  complaintListQuery,
  complaintNote,
  newComplaint,
} from './model.ts';
import {
  addNote,
  answerComplaint,
  answerDeadline,
  assertComplaintAccess,
  causeSummary,
  COMPLAINT_ROLES,
  followUp,
  newComplaintRecord,
  seesAllComplaints,
  ownComplaint,
} from './rules.ts';
import { attachmentParams, attachmentReply } from './attachments.ts';
import { serviceSettings } from './settings.ts';
import {
  complaintCauseWrite,
  complaintsByStatus,
  complaintWrites,
  customerComplaints,
  getComplaint,
  monthComplaintCauses,
} from './store.ts';

/**
 * The complaint channel: logged with the customer's words and request, owned by the
 * customer's rep, due by class and severity; investigated, answered to the customer in their
 * language, followed up until the customer confirms it is solved, with the root cause and the
 * corrective action kept so it does not happen again.
 */
const ref = (complaint: Complaint) => ({
  complaintId: complaint.id,
  customerId: complaint.customerId,
  ownerId: complaint.ownerId,
});

const log = defineOperation({
  operationId: 'logComplaint',
  method: 'POST',
  path: '/complaints',
  auth: 'jwt',
  roles: ['sales_rep', 'sales_admin', 'sales_manager'],
  body: newComplaint,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const customer = await visibleCustomer(caller, body.customerId);
    if (!(await getContact(customer.id, body.contactId)))
      throw validationProblem([{ in: 'body', path: 'contactId', message: 'Not a contact of this customer' }]);
    const at = nowIso();
    const complaint = newComplaintRecord(
      { id: newId(), ...body, ownerId: customer.ownerId },
      answerDeadline(at, customer.class, body.severity, serviceSettings()),
      caller.id,
      at,
    );
    const logged = causes(complaintLogged, {
      ...ref(complaint),
      severity: complaint.severity,
      answerDueAt: complaint.answerDueAt,
    });
    return createOnce(
      request,
      complaintWrites(undefined, complaint, caller.id, { events: [logged] }),
      createdReply(`/complaints/${complaint.id}`, complaint),
    );
  },
});

const list = defineOperation({
  operationId: 'listComplaints',
  method: 'GET',
  path: '/complaints',
  auth: 'jwt',
  roles: COMPLAINT_ROLES,
  query: z.strictObject({ ...pageParameters, ...complaintListQuery.def.shape }),
  async handle({ caller, query }) {
    const { customerId, status, ...page } = query;
    if (customerId) {
      await visibleCustomer(caller, customerId);
      return { status: 200, body: await customerComplaints(customerId, page) };
    }
    if (!seesAllComplaints(caller))
      throw notAllowed(
        'The department’s complaints are for sales admin and the manager; a rep lists those of one of their customers (customerId).',
      );
    return { status: 200, body: await complaintsByStatus(status ?? 'open', page) };
  },
});

const read = defineOperation({
  operationId: 'getComplaint',
  method: 'GET',
  path: '/complaints/{id}',
  auth: 'jwt',
  roles: COMPLAINT_ROLES,
  ownership: [ownComplaint],
  params: idParams,
  async handle({ caller, params }) {
    const complaint = found(await getComplaint(params.id), `Complaint ${params.id}`);
    assertComplaintAccess(caller, complaint);
    return resourceReply(complaint);
  },
});

const download = defineOperation({
  operationId: 'getComplaintAttachment',
  method: 'GET',
  path: '/complaints/{id}/attachments/{number}',
  auth: 'jwt',
  roles: COMPLAINT_ROLES,
  ownership: [ownComplaint],
  params: attachmentParams,
  async handle({ caller, params }) {
    const complaint = found(await getComplaint(params.id), `Complaint ${params.id}`);
    assertComplaintAccess(caller, complaint);
    return attachmentReply(complaint.attachments, params.number, `Complaint ${params.id}`);
  },
});

/** A change of a complaint by someone who works on it (not a technician, who reads). */
function step<B extends z.ZodMiniType>(spec: {
  operationId: string;
  segment: string;
  body: B;
  change(complaint: Complaint, body: z.output<B>, by: string, at: string): Complaint;
  /** What the change causes and writes besides the complaint. */
  also?(after: Complaint): ChangeExtras;
}): Operation {
  return defineOperation({
    operationId: spec.operationId,
    method: 'POST',
    path: `/complaints/{id}/${spec.segment}`,
    auth: 'jwt',
    roles: ['sales_rep', 'sales_admin', 'sales_manager'],
    ownership: [ownComplaint],
    params: idParams,
    body: spec.body,
    async handle({ caller, params, body }) {
      const complaint = found(await getComplaint(params.id), `Complaint ${params.id}`);
      assertComplaintAccess(caller, complaint);
      const next = spec.change(complaint, body as z.output<B>, caller.id, nowIso());
      await commitChange(complaintWrites(complaint, next, caller.id, spec.also?.(next)));
      return resourceReply(next);
    },
  });
}

const note = step({
  operationId: 'addComplaintNote',
  segment: 'notes',
  body: complaintNote,
  change: (complaint, body, by, at) => addNote(complaint, body.text, by, at),
});

const answer = step({
  operationId: 'answerComplaint',
  segment: 'answer',
  body: complaintAnswer,
  change: (complaint, body, by, at) => answerComplaint(complaint, body.text, by, at),
  also: (after) => ({ events: [causes(complaintAnswered, { ...ref(after), contactId: after.contactId })] }),
});

const follow = step({
  operationId: 'followUpComplaint',
  segment: 'follow-ups',
  body: complaintFollowUp,
  change: (complaint, body, by, at) => followUp(complaint, body, by, at),
  // Solved: its cause counts in the month's summary of causes, in the same transaction.
  also: (after) =>
    after.status === 'solved'
      ? {
          events: [
            causes(complaintSolved, {
              ...ref(after),
              severity: after.severity,
              loggedAt: after.createdAt,
              solvedAt: after.solvedAt!,
              cause: after.cause!,
              ...(after.product ? { product: after.product } : {}),
            }),
          ],
          with: [complaintCauseWrite(after)],
        }
      : {},
});

/** The summary of causes (§4.4.3) over a period, against the twelve months before it. */
const causesOfPeriod = defineOperation({
  operationId: 'getComplaintCauses',
  method: 'GET',
  path: '/complaint-causes',
  auth: 'jwt',
  roles: ['sales_manager', 'sales_admin'],
  query: z.strictObject({ period }),
  async handle({ query }) {
    const months = periodMonths(query.period);
    const earlier = Array.from({ length: 12 }, (_, n) => monthOf(months[0]!, -(n + 1)));
    const read = (list: readonly string[]) =>
      Promise.all(list.map((month) => monthComplaintCauses(month))).then((rows) => rows.flat());
    const [inPeriod, before] = await Promise.all([read(months), read(earlier)]);
    return { status: 200, body: { period: query.period, ...causeSummary(inPeriod, before) } };
  },
});

export const complaintOperations: readonly Operation[] = [
  log,
  list,
  read,
  download,
  note,
  answer,
  follow,
  causesOfPeriod,
];
