/** OpenAPI text of the expense operations, keyed by operation id. */
import * as z from 'zod/mini';
import { auditTrailEntry } from '#shared/audit.ts';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { reviewHistoryItem } from '../approvals/docs.ts';
import { budgetInput, budgetLine, claim, claimPayment, newClaim, newReceipt, receipt } from './model.ts';
import { newBooking, newTrip, trip } from './trip-model.ts';
import { auditFinding, auditReport, expenseAudit, samplingRule } from './audit-model.ts';
import { revisit } from '../care/public.ts';

const tags = ['Expenses'];
const auditTags = ['Expense audit'];
const budget = z.object({ year: z.string(), lines: z.array(budgetLine) });
const row = z.object({
  category: z.string(),
  scope: z.string(),
  budgeted: z.int(),
  reserved: z.int(),
  spent: z.int(),
  available: z.int(),
});

export const expenseDocs: Record<string, OperationDocs> = {
  fileExpenseBudget: {
    summary: 'File the year’s expense budget (sales manager)',
    description:
      'By category (travel, entertainment, marketing, advertising, training, other), each split into quarters and months (even by default; given parts must add up to the whole and, for months, to their quarter), optionally with reps’ own parts (split evenly over the months, taken out of the department’s share). Each category and month becomes a budget line (budgeted, reserved, spent, available), for the department and for each named rep. Filed again, it replaces the year while nothing is reserved or spent on it (409 otherwise). Amounts in minor units.',
    tags,
    requestBody: budgetInput,
    responses: [
      { status: 200, description: 'The year’s lines.', schema: budget },
      ...authProblems,
      { status: 409, description: 'Claims draw on the year already.' },
      ...bodyProblems,
    ],
  },
  getExpenseBudget: {
    summary: 'Read the year’s budget lines (sales manager, finance, general manager, audit)',
    tags,
    responses: [{ status: 200, description: 'The year’s lines.', schema: budget }, ...authProblems],
  },
  createClaim: {
    summary: 'File an expense claim (before spending)',
    description:
      'A draft: category, amount (minor units of the department’s currency), the day of the expense and the reason. Honours `Idempotency-Key`.',
    tags,
    requestBody: newClaim,
    responses: [
      { status: 201, description: 'The draft.', schema: claim },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listClaims: {
    summary:
      'List claims (one’s own; finance, the sales manager, the general manager and audit all), newest first',
    tags,
    responses: [{ status: 200, description: 'One page of claims.', schema: pageOf(claim) }, ...authProblems],
  },
  getClaim: {
    summary: 'Read a claim with its approval history',
    description:
      'The claimant, everyone asked to decide it, finance, the sales manager, the general manager and audit.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The claim.',
        schema: z.object({
          ...claim.def.shape,
          receipts: z.array(receipt),
          /** Once finance paid it. */
          payment: z.optional(claimPayment),
          reviews: z.array(reviewHistoryItem),
        }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getClaimAudit: {
    summary: 'A claim’s audit trail: who changed what, when (audit, finance, management)',
    description: 'Read-only: no route edits or deletes audit records.',
    tags,
    responses: [
      {
        status: 200,
        description: 'Oldest first.',
        schema: z.object({ items: z.array(auditTrailEntry) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  submitClaim: {
    summary: 'Submit a claim: its amount is reserved on its budget line, and its tiered approval starts',
    description:
      'The claimant only. The claim draws on its category’s line for the month of its date (the rep’s own part if the budget gives them one, else the department’s); the reservation is a condition of the same transaction, so however many claims arrive together the reserved plus spent never exceed the budget: one that does not fit is refused (409, nothing reserved). The chain is resolved now: the claimant’s supervisor, the sales manager, above the threshold the senior approver (setting), then finance, who checks the vouchers and approves it for payment (approve) or refuses it (reject, with the reason); an approved claim stays reserved until finance records its payment (`POST /expenses/claims/{id}/payment`); nobody decides twice or decides their own claim. A rejected claim may be submitted again (a new round).',
    tags,
    responses: [
      { status: 202, description: 'Under review.', schema: claim },
      ...authProblems,
      notFoundProblem,
      {
        status: 409,
        description: 'Not a draft or rejected claim; over budget; or nobody may decide a step.',
      },
      { status: 412, description: 'The claim changed meanwhile.' },
    ],
  },
  withdrawClaim: {
    summary: 'Withdraw a claim before its first decision (the reservation is released)',
    tags,
    responses: [
      { status: 200, description: 'Withdrawn.', schema: claim },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Not under review, or a step was decided already.' },
    ],
  },
  recordClaimPayment: {
    summary: 'Pay an approved claim and record the payment (finance)',
    description:
      'Finance only, and never for their own claim. The claim is paid whole (`amount` must be its amount), on `paidOn`, under the transfer’s or voucher’s `reference`. The payment is a record of its own, written once in the same transaction as the claim becoming paid, its reservation becoming spending on its budget line and the claimant’s payouts counting it; the claimant is emailed. A second payment is 409.',
    tags,
    responses: [
      { status: 201, description: 'Paid; `Location` is the claim.', schema: claimPayment },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
      notFoundProblem,
      { status: 409, description: 'Not an approved claim (under review, paid already, …).' },
    ],
  },
  getExpenseReport: {
    summary: 'Budget against actual for a year, quarter or month (JSON or CSV)',
    description:
      'Per category and line (the department’s share and each rep’s part): budgeted, reserved, spent, available, summed over the period’s months; and what was paid per claimant. `format=csv` answers CSV in UTF-8 with a byte order mark (Excel reads the Chinese text).',
    tags,
    responses: [
      {
        status: 200,
        description: 'The report (with `format=csv`, its rows as CSV).',
        alsoAs: ['text/csv'],
        schema: z.object({
          period: z.string(),
          months: z.array(z.string()),
          rows: z.array(row),
          byClaimant: z.array(z.object({ claimantId: z.string(), claims: z.int(), paid: z.int() })),
        }),
      },
      ...authProblems,
    ],
  },
  attachClaimReceipt: {
    summary: 'Attach a receipt or invoice to a draft claim: answers a presigned upload URL',
    description:
      'The claimant, while the claim is a draft or rejected; at most 10 per claim. PDF, JPEG or PNG, at most 10 MB. The answer’s `upload` says how to send the file straight to the private documents bucket: `PUT` to `url` with the `content-type` header, within `expiresInSeconds`; the URL is signed for that type and exactly that size. Submitting the claim checks that every receipt was uploaded as announced. Honours `Idempotency-Key` (a replay answers the first URL, which may have expired).',
    tags,
    requestBody: newReceipt,
    responses: [
      {
        status: 201,
        description: 'The receipt and where to upload it.',
        schema: z.object({
          receipt,
          upload: z.object({
            method: z.literal('PUT'),
            url: z.string(),
            headers: z.object({ 'content-type': z.string() }),
            expiresInSeconds: z.int(),
          }),
        }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The claim is submitted, or has its 10 receipts.' },
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  downloadClaimReceipt: {
    summary: 'A short-lived download URL of a receipt (whoever may read the claim)',
    tags,
    responses: [
      {
        status: 200,
        description: 'Where to GET the file.',
        schema: z.object({ url: z.string(), expiresInSeconds: z.int() }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Not uploaded yet.' },
    ],
  },
  requestTrip: {
    summary: 'Request a business trip (§2.3.5)',
    description:
      'A rep requests their own trip; sales admin or the manager may for a rep (`travellerId`). Destination, first and last day (today or later, at most 30 days), purpose, and the customers to visit (ones the traveller may see). Sales admin then books it. Honours `Idempotency-Key`.',
    tags: ['Trips'],
    requestBody: newTrip,
    responses: [
      { status: 201, description: 'Requested.', schema: trip },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listTrips: {
    summary: 'List trips (your own by default)',
    description:
      'Newest first day first. Sales admin and the manager may pass `traveller=<id>` or `traveller=all` (then `status` narrows to requested, booked or cancelled).',
    tags: ['Trips'],
    responses: [{ status: 200, description: 'One page of trips.', schema: pageOf(trip) }, ...authProblems],
  },
  getTrip: {
    summary: 'Read a trip with its expense claims and the revisits made on it',
    description:
      'For its traveller, sales admin and the manager. `claims`: the traveller’s claims that name the trip; `revisits`: the revisits the traveller completed for the trip’s customers between its first and last day.',
    tags: ['Trips'],
    responses: [
      {
        status: 200,
        description: 'The trip.',
        schema: z.object({ ...trip.def.shape, claims: z.array(claim), revisits: z.array(revisit) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  bookTrip: {
    summary: 'Record a hotel, ticket or car booking for a trip (sales admin)',
    description: 'The trip is booked; a cancelled trip takes none. At most 20 bookings a trip.',
    tags: ['Trips'],
    requestBody: newBooking,
    responses: [
      { status: 200, description: 'The trip with its bookings.', schema: trip },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The trip is cancelled, or has 20 bookings.' },
      { status: 412, description: 'Changed meanwhile.' },
      ...bodyProblems,
    ],
  },
  cancelTrip: {
    summary: 'Cancel a trip (its traveller, sales admin or the manager)',
    tags: ['Trips'],
    responses: [
      { status: 200, description: 'Cancelled.', schema: trip },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Cancelled already.' },
      { status: 412, description: 'Changed meanwhile.' },
    ],
  },
  getAuditRule: {
    summary: 'The internal audit’s published sampling rule (R-6.6)',
    description:
      'Everyone may read it: a sampled claim is one of at least `amountAtLeast` (minor units), of one of `categories`, of one of `claimants`, or else drawn at random with `randomShare` (from a seed kept with each audit, so the draw can be repeated and checked); at most `maxSample` claims, those with most reasons first, then the largest.',
    tags: auditTags,
    responses: [{ status: 200, description: 'The rule in force.', schema: samplingRule }, ...authProblems],
  },
  openExpenseAudit: {
    summary: 'Open the audit of an ended period (audit)',
    description:
      'Draws the sample of the period’s approved and paid claims (filed in its months) by the published rule, and opens its audit with one pending finding per sampled claim, at once. The `expense-audit` job does this for the last quarter on the first day of each quarter. `expense.audit-opened` tells the auditors. Honours `Idempotency-Key`.',
    tags: auditTags,
    responses: [
      { status: 201, description: 'Opened; `Location` is its report.', schema: expenseAudit },
      ...authProblems,
      { status: 409, description: 'The period has not ended, or its audit is open already.' },
      { status: 422, description: 'The Idempotency-Key was used for a different request.' },
      ...bodyProblems,
    ],
  },
  listExpenseAudits: {
    summary: 'List the audits, newest period first (audit, management, finance)',
    tags: auditTags,
    responses: [
      { status: 200, description: 'One page of audits.', schema: pageOf(expenseAudit) },
      ...authProblems,
    ],
  },
  getExpenseAudit: {
    summary: 'A period’s audit report: the sample, each finding and the answers, and what they add up to',
    tags: auditTags,
    responses: [
      { status: 200, description: 'The report.', schema: auditReport },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getAuditFinding: {
    summary: 'One sampled claim’s finding and its answers',
    description: 'Audit, management and finance; the claimant reads the findings on their own claims.',
    tags: auditTags,
    responses: [
      { status: 200, description: 'The finding.', schema: auditFinding },
      ...authProblems,
      notFoundProblem,
    ],
  },
  recordAuditFinding: {
    summary: 'Record the finding on a sampled claim (audit)',
    description:
      '`compliant`, or `finding` with its severity, what was observed, the action asked for and the day to answer by (14 days by default). Nobody audits their own claim. It may be recorded again until someone answered it; `expense.audit-finding` asks the claimant and the sales manager to answer.',
    tags: auditTags,
    responses: [
      { status: 200, description: 'The finding.', schema: auditFinding },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The audit is closed, or the finding was answered.' },
      { status: 412, description: 'Changed meanwhile: read it and try again.' },
      ...bodyProblems,
    ],
  },
  answerAuditFinding: {
    summary: 'Answer a finding: the claimant’s response, or the sales manager’s',
    description:
      'The claimant answers a finding on their claim; a sales manager answers for the department (on someone else’s claim). Each answers once; a compliant claim has nothing to answer.',
    tags: auditTags,
    responses: [
      { status: 200, description: 'The finding with the answer.', schema: auditFinding },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'No finding to answer, answered already, or the audit is closed.' },
      { status: 412, description: 'Changed meanwhile: read it and try again.' },
      ...bodyProblems,
    ],
  },
  closeExpenseAudit: {
    summary: 'Close a period’s audit with its conclusion (audit)',
    description:
      'Once every sampled claim has its finding. `expense.audit-closed` sends the report to the sales manager, the general manager and finance; answers still outstanding stay visible in it.',
    tags: auditTags,
    responses: [
      { status: 200, description: 'The closed audit’s report.', schema: auditReport },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'A sampled claim has no finding yet, or the audit is closed.' },
      { status: 412, description: 'Changed meanwhile: read it and try again.' },
      ...bodyProblems,
    ],
  },
};
