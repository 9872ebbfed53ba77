import { SFNClient, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestApproval } from '../../functions/approvals/requests.ts';
import { approvalSettings } from '../../functions/approvals/settings.ts';
import { openRevisitWrites } from '../../functions/care/store.ts';
import { newId, newResource } from '../../functions/shared/clock.ts';
import { commit, putNew } from '../../functions/shared/transaction.ts';
import { AuditSeals } from '../../functions/audit/entities.ts';
import { handler as customersHandler } from '../../functions/customers/handler.ts';
import { handler as careHandler } from '../../functions/care/handler.ts';
import { handler as classificationHandler } from '../../functions/classification/handler.ts';
import { handler as employeesHandler } from '../../functions/employees/handler.ts';
import { handler as auditHandler } from '../../functions/audit/handler.ts';
import { handler as schedulesHandler } from '../../functions/schedules/handler.ts';
import { handler as salesHandler } from '../../functions/sales/handler.ts';
import { handler as contractsHandler } from '../../functions/contracts/handler.ts';
import { handler as approvalsHandler } from '../../functions/approvals/handler.ts';
import { handler as ordersHandler } from '../../functions/orders/handler.ts';
import { handler as expensesHandler } from '../../functions/expenses/handler.ts';
import { handler as serviceHandler } from '../../functions/service/handler.ts';
import { handler as performanceHandler } from '../../functions/performance/handler.ts';
import { handler as archiveHandler } from '../../functions/archive/handler.ts';
import { handler as importsHandler } from '../../functions/imports/handler.ts';
import { CUSTOMER_SHEET } from '../../functions/imports/rules.ts';
import { csvText } from '../../functions/shared/csv.ts';
import { handler as reportsHandler } from '../../functions/reports/handler.ts';
import { handler as trainingHandler } from '../../functions/training/handler.ts';
import { inviteeWrites } from '../../functions/training/store.ts';
import { orderFromContract } from '../../functions/orders/rules.ts';
import { createOrderWrites, installmentWrite } from '../../functions/orders/store.ts';
import { planInstallments } from '../../functions/orders/receivable-rules.ts';
import { orderSettings } from '../../functions/orders/settings.ts';
import { SCHEDULED_JOBS } from '../../functions/schedules.ts';
import { caller } from '../support/events.ts';
import { addEmployee, prepareTable, recordDynamoCalls } from '../support/table.ts';

/**
 * What one request may cost in DynamoDB: calls and consumed capacity units as DynamoDB Local
 * reports them. docs/performance.md lists the same budgets; a Scan is never allowed.
 */
const BUDGETS: Record<string, { calls: number; capacity: number }> = {
  'POST /customers': { calls: 1, capacity: 12 },
  'POST /customers (Idempotency-Key)': { calls: 1, capacity: 12 },
  'GET /customers/{id}': { calls: 1, capacity: 0.5 },
  // A status change carries its event (customer.status-changed, for the reports).
  'PATCH /customers/{id}': { calls: 2, capacity: 12.5 },
  'GET /customers': { calls: 1, capacity: 1 },
  'POST /customers/{id}/contacts': { calls: 2, capacity: 6.5 },
  'GET /customers/{id}/contacts': { calls: 2, capacity: 1 },
  'PATCH /customers/{id}/contacts/{contactId}': { calls: 3, capacity: 7 },
  // Reads the customer's open follow-ups (it keeps them); this one plans one too.
  'POST /customers/{id}/interactions': { calls: 3, capacity: 12.5 },
  'GET /follow-ups': { calls: 1, capacity: 0.5 },
  'GET /customers/{id}/interactions': { calls: 2, capacity: 1 },
  'GET /employees/me': { calls: 1, capacity: 0.5 },
  'GET /employees': { calls: 1, capacity: 0.5 },
  // The directory (the supervisor's line), then the profile with its email's claim, event and history.
  'POST /employees': { calls: 2, capacity: 6.5 },
  'GET /employees/{id}': { calls: 2, capacity: 1 },
  // The profile, the directory (team lines, a sales manager kept), then the change.
  'PATCH /employees/{id}': { calls: 3, capacity: 7 },
  'POST /employees/{id}/leave': { calls: 3, capacity: 7 },
  'POST /customers/{id}/purchases': { calls: 2, capacity: 6.5 },
  'GET /customers/{id}/purchases': { calls: 2, capacity: 1 },
  'GET /customers/{id}/classification': { calls: 3, capacity: 1 },
  // With its event (customer.classified, for the class mix).
  'PUT /customers/{id}/classification/override': { calls: 3, capacity: 13 },
  'GET /revisits': { calls: 1, capacity: 0.5 },
  'GET /customers/{id}/care-messages': { calls: 2, capacity: 0.5 },
  // One Query per scheduled job (its last run).
  'GET /schedules': { calls: SCHEDULED_JOBS.length, capacity: SCHEDULED_JOBS.length * 0.5 },
  'POST /products': { calls: 1, capacity: 6 },
  'POST /price-lists': { calls: 2, capacity: 4.5 },
  'GET /price-lists': { calls: 1, capacity: 0.5 },
  'GET /price-lists/{id}': { calls: 1, capacity: 0.5 },
  'PUT /price-lists/{id}': { calls: 3, capacity: 5 },
  // With its event (opportunity.staged, for the pipeline report).
  'POST /opportunities': { calls: 2, capacity: 12.5 },
  'POST /opportunities/{id}/stage': { calls: 2, capacity: 12.5 },
  'POST /quotes': { calls: 4, capacity: 13.5 },
  'POST /quotes/{id}/revisions': { calls: 5, capacity: 14 },
  'GET /quotes/{id}': { calls: 3, capacity: 1.5 },
  // The customer (may the rep write about it), then the record, its audit record.
  'POST /market-intelligence': { calls: 2, capacity: 10.5 },
  'GET /market-intelligence': { calls: 1, capacity: 0.5 },
  // One Query per kind over the period's days.
  'GET /market-intelligence/summary': { calls: 4, capacity: 2 },
  'POST /quotes/{id}/accept': { calls: 3, capacity: 11 },
  'POST /contracts': { calls: 3, capacity: 17 },
  'GET /contracts/{id}': { calls: 2, capacity: 1 },
  'GET /approvals': { calls: 1, capacity: 0.5 },
  'POST /quotes/{id}/send': { calls: 4, capacity: 14 },
  'POST /quotes/{id}/reject': { calls: 2, capacity: 10.5 },
  'POST /quotes/{id}/technical-review': { calls: 5, capacity: 20 },
  'PATCH /contracts/{id}': { calls: 2, capacity: 10.5 },
  // + the customer's credit: its limit (GetItem) and what it owes (a Query of the open receivables).
  'POST /contracts/{id}/submit': { calls: 6, capacity: 26 },
  'POST /approvals/{id}/decision': { calls: 2, capacity: 14.5 },
  'GET /approvals/{id}': { calls: 1, capacity: 0.5 },
  // Its communication record reads the customer's open follow-ups (it keeps them).
  'POST /revisits/{id}/complete': { calls: 3, capacity: 17 },
  'GET /orders/{id}': { calls: 1, capacity: 0.5 },
  'GET /orders': { calls: 1, capacity: 0.5 },
  'POST /orders/{id}/submit': { calls: 4, capacity: 15.5 },
  'POST /orders/{id}/production/acceptance': { calls: 2, capacity: 14.5 },
  'POST /orders/{id}/production/progress': { calls: 2, capacity: 12.5 },
  'POST /orders/{id}/shipments': { calls: 2, capacity: 14.5 },
  'POST /orders/{id}/receipt': { calls: 2, capacity: 14.5 },
  'POST /orders/{id}/payments': { calls: 2, capacity: 14 },
  'POST /orders/{id}/refunds': { calls: 2, capacity: 14 },
  'POST /orders/{id}/write-off': { calls: 2, capacity: 14 },
  'GET /receivables/aging': { calls: 1, capacity: 0.5 },
  'PUT /customers/{id}/credit-limit': { calls: 3, capacity: 7.5 },
  'GET /customers/{id}/credit': { calls: 3, capacity: 1.5 },
  'GET /orders/{id} (fulfilled)': { calls: 1, capacity: 1 },
  'PUT /expenses/budgets/{year}': { calls: 2, capacity: 2 },
  'POST /expenses/claims': { calls: 1, capacity: 10 },
  'GET /expenses/claims/{id}': { calls: 2, capacity: 0.5 },
  'POST /expenses/claims/{id}/submit': { calls: 6, capacity: 17.5 },
  'GET /expenses/report': { calls: 2, capacity: 0.5 },
  // The traveller, then the trip and its audit record (with customers: one GetItem each).
  'POST /trips': { calls: 2, capacity: 10.5 },
  'POST /trips/{id}/bookings': { calls: 2, capacity: 12.5 },
  'GET /trips': { calls: 1, capacity: 0.5 },
  // The trip, the traveller's claims (a page), their revisits of each of its customers.
  'GET /trips/{id} (no customers)': { calls: 2, capacity: 1 },
  // The internal audit: the rule is a setting; opening queries the period's approved and paid claims
  // (a query per status) and writes the audit, its findings and its event at once.
  'GET /expense-audits/rule': { calls: 0, capacity: 0 },
  'POST /expense-audits': { calls: 3, capacity: 6.5 },
  'GET /expense-audits': { calls: 1, capacity: 0.5 },
  // The audit's partition: the audit and its findings in one Query.
  'GET /expense-audits/{period}': { calls: 1, capacity: 0.5 },
  'GET /expense-audits/{period}/findings/{claimId}': { calls: 1, capacity: 0.5 },
  'PUT /expense-audits/{period}/findings/{claimId}': { calls: 2, capacity: 7 },
  'POST /expense-audits/{period}/findings/{claimId}/responses': { calls: 2, capacity: 7 },
  'POST /expense-audits/{period}/close': { calls: 2, capacity: 7 },
  // Delegation: the department (the approver in it), their delegations and head; the delegation, its
  // audit record and the head at once.
  'POST /delegations': { calls: 4, capacity: 13.5 },
  'GET /delegations': { calls: 1, capacity: 0.5 },
  // The delegation's partition, then each step's approval (none here).
  'GET /delegations/{id}': { calls: 1, capacity: 0.5 },
  'POST /delegations/{id}/cancel': { calls: 2, capacity: 10.5 },
  // One Query of the record's partition, its audit records only.
  'GET /audit': { calls: 1, capacity: 0.5 },
  // Anyone but audit and the heads: the record (or its customer) read first, to check they may.
  'GET /audit (a reader of the record)': { calls: 3, capacity: 1.5 },
  'GET /audit/seals': { calls: 1, capacity: 0.5 },
  // The day's seal and the one before, the day's entries (a page per megabyte); its locked copy from S3.
  'GET /audit/seals/{day}': { calls: 2, capacity: 1 },
  'POST /complaints': { calls: 3, capacity: 13 },
  'GET /inbound-messages': { calls: 1, capacity: 0.5 },
  'POST /imports': { calls: 1, capacity: 4 },
  // The sheet read from S3, its owners checked against the directory.
  'POST /imports/{id}/check': { calls: 3, capacity: 11.5 },
  // Its status moves it in the runner's index: the old entry goes, a new one comes.
  'POST /imports/{id}/run': { calls: 2, capacity: 11 },
  'GET /imports/{id}': { calls: 1, capacity: 0.5 },
  // Every customer and every contact: a page of each per megabyte.
  'GET /exports/customers': { calls: 2, capacity: 2 },
  'GET /exports/products': { calls: 1, capacity: 0.5 },
  // Every purchase of the range, every customer (their names): a page of each per megabyte.
  'GET /exports/purchases': { calls: 2, capacity: 2 },
  'GET /inbound-messages/{id}': { calls: 1, capacity: 0.5 },
  'GET /inbound-messages/{id}/attachments/{number}': { calls: 1, capacity: 0.5 },
  // The message (consistent), the contact, the customer (its class: the deadline), one transaction.
  'POST /inbound-messages/{id}/file': { calls: 4, capacity: 12 },
  // Its status moves it in the queue's index: the old entry goes, a new one comes.
  'POST /inbound-messages/{id}/dismiss': { calls: 2, capacity: 11 },
  'GET /complaints/{id}': { calls: 1, capacity: 0.5 },
  // The complaint, then a presigned download (no call).
  'GET /complaints/{id}/attachments/{number}': { calls: 1, capacity: 0.5 },
  'POST /complaints/{id}/answer': { calls: 2, capacity: 14.5 },
  // The customer's word: solved, with its cause counted in the month (the complaint, its audit, the event, the count).
  'POST /complaints/{id}/follow-ups (solved)': { calls: 2, capacity: 14.5 },
  // One Query per month: the quarter's three and the twelve before.
  'GET /complaint-causes (a quarter)': { calls: 15, capacity: 7.5 },
  'POST /tickets': { calls: 3, capacity: 13 },
  'GET /tickets/{id}': { calls: 1, capacity: 0.5 },
  'GET /tickets': { calls: 2, capacity: 1 },
  'POST /tickets/{id}/routing': { calls: 2, capacity: 14.5 },
  'POST /tickets/{id}/visits': { calls: 3, capacity: 21 },
  'POST /tickets/{id}/solution': { calls: 2, capacity: 34.5 },
  'GET /knowledge': { calls: 1, capacity: 0.5 },
  // The month's problem counts, then the latest solution of each problem shown (here one).
  'GET /problem-summary (a month)': { calls: 2, capacity: 1 },
  'POST /appreciation-events': { calls: 1, capacity: 4 },
  'GET /appreciation-events/{id}': { calls: 1, capacity: 0.5 },
  'PUT /performance/targets/{employeeId}/{year}': { calls: 3, capacity: 7 },
  'GET /performance/targets': { calls: 2, capacity: 1 },
  'PUT /performance/market-sizes/{year}': { calls: 2, capacity: 2.5 },
  // The employee, the year's targets and market sizes, one Query per month and per month a year before.
  'GET /performance/{employeeId} (a month)': { calls: 5, capacity: 1.5 },
  'GET /performance/{employeeId} (a year)': { calls: 27, capacity: 1.5 },
  'POST /performance/evaluations/{period}/runs': { calls: 2, capacity: 6.5 },
  'POST /documents': { calls: 2, capacity: 10.5 },
  'GET /documents': { calls: 2, capacity: 1 },
  'GET /performance/evaluations/{period}': { calls: 1, capacity: 0.5 },
  'GET /performance/{employeeId}/evaluations': { calls: 2, capacity: 1 },
  'GET /coaching-plans': { calls: 1, capacity: 0.5 },
  // The employee, then the award, its audit record and its event.
  'POST /awards': { calls: 2, capacity: 6.5 },
  'GET /awards': { calls: 1, capacity: 0.5 },
  'PUT /commission-plans/{period}': { calls: 3, capacity: 8 },
  'GET /commission-plans/{period}': { calls: 1, capacity: 0.5 },
  'GET /commissions/{period}/statements/{employeeId}': { calls: 7, capacity: 2 },
  // 4 + 3 Queries a rep
  'GET /commissions/{period} (2 reps)': { calls: 10, capacity: 2 },
  // 6 + 3 Queries a rep
  'POST /commissions/{period}/payout (2 reps)': { calls: 12, capacity: 13.5 },
  // The plan, the rep (their supervisor), the plan reviewed with its audit record.
  'POST /coaching-plans/{employeeId}/{period}/{run}/review': { calls: 3, capacity: 11 },
  // Per month and per month a year before: the breakdown and the department's total; the targets; the names.
  'GET /reports/sales (a month by rep)': { calls: 6, capacity: 1.5 },
  'GET /reports/sales (a year by month)': { calls: 25, capacity: 1.5 },
  // Counts, customer figures and last year's per month; the class mix; the names; open receivables.
  'GET /reports/customers (a quarter)': { calls: 12, capacity: 1.5 },
  'GET /reports/pipeline': { calls: 1, capacity: 0.5 },
  // The employees (every action's owner), the plan, then the plan and its audit record.
  'PUT /sales-plans/{period}': { calls: 3, capacity: 7 },
  // The plan, then per month the total, product and region figures and the customer counts, and the analyses.
  'GET /sales-plans/{period} (a quarter)': { calls: 14, capacity: 1 },
  'POST /sales-plans/{period}/analyses (a quarter)': { calls: 14, capacity: 2.5 },
  'GET /reports': { calls: 0, capacity: 0 },
  'POST /training/surveys': { calls: 2, capacity: 4.5 },
  'GET /training/surveys': { calls: 1, capacity: 0.5 },
  'GET /training/surveys/{id}': { calls: 2, capacity: 0.5 },
  'GET /training/needs/{year}': { calls: 3, capacity: 0.5 },
  'POST /training/sessions': { calls: 3, capacity: 7 },
  'GET /training/plan/{year}': { calls: 1, capacity: 0.5 },
  'GET /training/sessions/{id}': { calls: 2, capacity: 1 },
  'POST /training/sessions/{id}/attendance': { calls: 3, capacity: 5.5 },
  'POST /training/sessions/{id}/feedback': { calls: 3, capacity: 5.5 },
  'PATCH /training/sessions/{id}': { calls: 2, capacity: 6.5 },
  'POST /training/sessions/{id}/cancel': { calls: 2, capacity: 6.5 },
  'PUT /careers/{employeeId}': { calls: 3, capacity: 7 },
  'POST /careers/{employeeId}/conversations': { calls: 2, capacity: 2.5 },
  'GET /careers/{employeeId}': { calls: 6, capacity: 2 },
};

const customers = caller(customersHandler);
const employees = caller(employeesHandler);
const classification = caller(classificationHandler);
const care = caller(careHandler);
const schedules = caller(schedulesHandler);
const sales = caller(salesHandler);
const contracts = caller(contractsHandler);
const approvals = caller(approvalsHandler);
const orders = caller(ordersHandler);
const expenses = caller(expensesHandler);
const complaints = caller(serviceHandler);
const rep = { id: 'BUDGET', roles: ['sales_rep'] as const };
const manager = { id: 'BOSS', roles: ['sales_manager'] as const };
const salesAdmin = { id: 'BUDGETADMIN', roles: ['sales_admin'] as const };
const calls = recordDynamoCalls();
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.CONTRACT_REVIEW_STATE_MACHINE_ARN =
  'arn:aws:states:local:000000000000:stateMachine:contract-review';
const ses = mockClient(SESv2Client);
// S3 answers from a mock: what an object holds is set where a route reads one.
const s3 = mockClient(S3Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
mockClient(SFNClient)
  .on(StartExecutionCommand)
  .resolves({ executionArn: 'arn' })
  .on(SendTaskSuccessCommand)
  .resolves({});
const measured: Record<string, { calls: number; capacity: number }> = {};

async function measure(name: string, request: () => Promise<{ status: number }>) {
  calls.clear();
  const response = await request();
  expect(response.status, `${name} ${JSON.stringify((response as { body?: unknown }).body)}`).toBeLessThan(
    300,
  );
  measured[name] = { calls: calls.length, capacity: calls.reduce((sum, call) => sum + call.capacity, 0) };
  expect(
    calls.map((call) => call.command),
    name,
  ).not.toContain('ScanCommand');
  const budget = BUDGETS[name];
  expect(budget, `${name} has a budget`).toBeDefined();
  expect(measured[name].calls, `${name} calls`).toBeLessThanOrEqual(budget!.calls);
  expect(measured[name].capacity, `${name} capacity`).toBeLessThanOrEqual(budget!.capacity);
  return response;
}

beforeAll(async () => {
  await prepareTable([
    { id: 'BUDGET', roles: ['sales_rep'] },
    { id: 'BOSS', roles: ['sales_manager'] },
    // A contract review's chain needs someone in legal.
    { id: 'COUNSEL', roles: ['legal'] },
    // An order review needs a sales admin.
    { id: 'BUDGETADMIN', roles: ['sales_admin'] },
    // A quote's technical review needs someone in production.
    { id: 'PRODUCTION', roles: ['production'] },
    { id: 'LOGISTICS', roles: ['logistics'] },
    { id: 'FINANCE', roles: ['finance'] },
    { id: 'TECHNICIAN', roles: ['technician'] },
  ]);
  // An expense claim's chain starts with the claimant's supervisor.
  await addEmployee({ id: 'CLAIMANT', roles: ['sales_rep'], supervisorId: 'BOSS' });
  // A delegate for finance.
  await addEmployee({ id: 'FINANCE2', roles: ['finance'] });
});

/** The requests that set up what later ones read: customers to contracts. */
async function customersToContracts() {
  const body = {
    name: 'Budget Co',
    industry: 'energy',
    region: 'east',
    source: 'referral',
    needs: { price: 'fair' },
  };
  const created = (await measure('POST /customers', () =>
    customers('POST /customers', '/customers', { caller: rep, body }),
  )) as {
    status: number;
    body: { id: string };
  };
  await measure('POST /customers (Idempotency-Key)', () =>
    customers('POST /customers', '/customers', {
      caller: rep,
      body: { ...body, name: 'Budget Two' },
      headers: { 'idempotency-key': 'budget-1' },
    }),
  );
  const id = created.body.id;
  await measure('GET /customers/{id}', () =>
    customers('GET /customers/{id}', `/customers/${id}`, { caller: rep }),
  );
  await measure('PATCH /customers/{id}', () =>
    customers('PATCH /customers/{id}', `/customers/${id}`, {
      caller: rep,
      body: { status: 'active' },
      headers: { 'if-match': '"1"' },
    }),
  );
  await measure('GET /customers', () => customers('GET /customers', '/customers', { caller: rep }));
  const contact = (await measure('POST /customers/{id}/contacts', () =>
    customers('POST /customers/{id}/contacts', `/customers/${id}/contacts`, {
      caller: rep,
      body: { name: 'Lin' },
    }),
  )) as { status: number; body: { id: string } };
  await measure('GET /customers/{id}/contacts', () =>
    customers('GET /customers/{id}/contacts', `/customers/${id}/contacts`, { caller: rep }),
  );
  await measure('PATCH /customers/{id}/contacts/{contactId}', () =>
    customers('PATCH /customers/{id}/contacts/{contactId}', `/customers/${id}/contacts/${contact.body.id}`, {
      caller: rep,
      body: { title: 'Buyer' },
      headers: { 'if-match': '"1"' },
    }),
  );
  await measure('POST /customers/{id}/interactions', () =>
    customers('POST /customers/{id}/interactions', `/customers/${id}/interactions`, {
      caller: rep,
      body: {
        channel: 'visit',
        occurredAt: new Date().toISOString(),
        summary: 'Factory tour',
        nextFollowUp: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      },
    }),
  );
  await measure('GET /follow-ups', () => customers('GET /follow-ups', '/follow-ups', { caller: rep }));
  await measure('GET /customers/{id}/interactions', () =>
    customers('GET /customers/{id}/interactions', `/customers/${id}/interactions`, { caller: rep }),
  );
  await measure('GET /employees/me', () => employees('GET /employees/me', '/employees/me', { caller: rep }));
  await measure('GET /employees', () => employees('GET /employees', '/employees', { caller: manager }));
  await measure('GET /audit', () =>
    caller(auditHandler)('GET /audit', '/audit', {
      caller: manager,
      query: { type: 'employee', id: 'BUDGET' },
    }),
  );
  await measure('GET /audit (a reader of the record)', () =>
    caller(auditHandler)('GET /audit', '/audit', { caller: rep, query: { type: 'customer', id } }),
  );
  // A sealed day (a quiet one: no entries), its locked copy as S3 gives it back.
  const quiet = { day: '2026-01-04', previous: '0'.repeat(64), head: '0'.repeat(64), count: 0 };
  await commit([putNew(AuditSeals.item({ day: quiet.day }, { ...quiet, sealedAt: '2026-01-05T00:45:00Z' }))]);
  process.env.AUDIT_SEALS_BUCKET ??= 'budget-audit-seals';
  s3.on(GetObjectCommand).resolves({
    Body: { transformToString: async () => JSON.stringify(quiet) },
  } as never);
  await measure('GET /audit/seals', () =>
    caller(auditHandler)('GET /audit/seals', '/audit/seals', { caller: manager }),
  );
  const checked = await measure('GET /audit/seals/{day}', () =>
    caller(auditHandler)('GET /audit/seals/{day}', `/audit/seals/${quiet.day}`, { caller: manager }),
  );
  expect((checked as unknown as { body: unknown }).body).toMatchObject({ intact: true, problems: [] });
  const joined = await measure('POST /employees', () =>
    employees('POST /employees', '/employees', {
      caller: manager,
      body: {
        name: '预算新人',
        email: 'budget.newcomer@test.example',
        roles: ['sales_rep'],
        supervisorId: 'BOSS',
      },
    }),
  );
  const newcomer = (joined as unknown as { body: { id: string } }).body.id;
  await measure('PATCH /employees/{id}', () =>
    employees('PATCH /employees/{id}', `/employees/${newcomer}`, {
      caller: manager,
      body: { title: '销售代表', roles: ['sales_rep', 'supervisor'] },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
    }),
  );
  await measure('POST /employees/{id}/leave', () =>
    employees('POST /employees/{id}/leave', `/employees/${newcomer}/leave`, {
      caller: manager,
      body: { successorId: 'BUDGET' },
    }),
  );
  await measure('GET /employees/{id}', () =>
    employees('GET /employees/{id}', `/employees/${newcomer}`, { caller: manager }),
  );

  const admin = { id: 'BOSS', roles: ['sales_manager', 'sales_admin'] as const };
  await measure('POST /customers/{id}/purchases', () =>
    classification('POST /customers/{id}/purchases', `/customers/${id}/purchases`, {
      caller: admin,
      body: {
        product: 'Lathe',
        quantity: 2,
        amount: { value: 1_000_000, currency: 'CNY' },
        date: '2026-06-01',
      },
    }),
  );
  await measure('GET /customers/{id}/purchases', () =>
    classification('GET /customers/{id}/purchases', `/customers/${id}/purchases`, { caller: rep }),
  );
  await measure('GET /customers/{id}/classification', () =>
    classification('GET /customers/{id}/classification', `/customers/${id}/classification`, {
      caller: rep,
    }),
  );
  await measure('PUT /customers/{id}/classification/override', () =>
    classification(
      'PUT /customers/{id}/classification/override',
      `/customers/${id}/classification/override`,
      {
        caller: manager,
        body: { class: 'A', reason: 'Key account' },
      },
    ),
  );
  await measure('GET /revisits', () => care('GET /revisits', '/revisits', { caller: rep }));
  await measure('GET /customers/{id}/care-messages', () =>
    care('GET /customers/{id}/care-messages', `/customers/${id}/care-messages`, { caller: rep }),
  );
  await measure('GET /schedules', () => schedules('GET /schedules', '/schedules', { caller: manager }));

  const product = (await measure('POST /products', () =>
    sales('POST /products', '/products', {
      caller: admin,
      body: {
        name: 'Lathe',
        model: 'CK',
        unit: 'set',
        listPrice: { value: 100_000, currency: 'CNY' },
        standardCost: { value: 60_000, currency: 'CNY' },
      },
    }),
  )) as { status: number; body: { id: string } };
  // The customer's region has a price list: its quotes take their prices from it.
  const listBody = {
    name: 'East',
    currency: 'CNY',
    region: 'east',
    prices: [{ productId: product.body.id, unitPrice: 95_000 }],
  };
  const priceList = (await measure('POST /price-lists', () =>
    sales('POST /price-lists', '/price-lists', { caller: admin, body: listBody }),
  )) as { status: number; body: { id: string } };
  await measure('GET /price-lists', () => sales('GET /price-lists', '/price-lists', { caller: rep }));
  await measure('GET /price-lists/{id}', () =>
    sales('GET /price-lists/{id}', `/price-lists/${priceList.body.id}`, { caller: rep }),
  );
  await measure('PUT /price-lists/{id}', () =>
    sales('PUT /price-lists/{id}', `/price-lists/${priceList.body.id}`, {
      caller: admin,
      body: listBody,
      headers: { 'if-match': '"1"' },
    }),
  );
  const opportunity = (await measure('POST /opportunities', () =>
    sales('POST /opportunities', '/opportunities', {
      caller: rep,
      body: {
        customerId: id,
        title: 'Deal',
        expectedValue: { value: 1_000_000, currency: 'CNY' },
        expectedCloseDate: '2027-06-30',
      },
    }),
  )) as { status: number; body: { id: string } };
  await measure('POST /opportunities/{id}/stage', () =>
    sales('POST /opportunities/{id}/stage', `/opportunities/${opportunity.body.id}/stage`, {
      caller: rep,
      body: { stage: 'quoted' },
    }),
  );
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const terms = {
    currency: 'CNY',
    lines: [{ productId: product.body.id, quantity: 2 }],
    deliveryDate: until,
    paymentTerms: 'net 30',
    afterSalesTerms: '1 year',
    validUntil: until,
  };
  const quote = (await measure('POST /quotes', () =>
    sales('POST /quotes', '/quotes', { caller: rep, body: { customerId: id, terms } }),
  )) as { status: number; body: { id: string } };
  await measure('POST /quotes/{id}/revisions', () =>
    sales('POST /quotes/{id}/revisions', `/quotes/${quote.body.id}/revisions`, {
      caller: rep,
      body: terms,
    }),
  );
  await measure('GET /quotes/{id}', () =>
    sales('GET /quotes/{id}', `/quotes/${quote.body.id}`, { caller: rep }),
  );
  await measure('POST /market-intelligence', () =>
    sales('POST /market-intelligence', '/market-intelligence', {
      caller: rep,
      body: {
        kind: 'competitor',
        title: '竞品降价',
        details: '同型号报价低 8 %',
        region: 'east',
        observedOn: new Date().toISOString().slice(0, 10),
        customerId: id,
        competitor: { name: '济南锻压' },
      },
    }),
  );
  await measure('GET /market-intelligence', () =>
    sales('GET /market-intelligence', '/market-intelligence', { caller: rep, query: { kind: 'competitor' } }),
  );
  await measure('GET /market-intelligence/summary', () =>
    sales('GET /market-intelligence/summary', '/market-intelligence/summary', {
      caller: manager,
      query: { period: new Date().toISOString().slice(0, 7) },
    }),
  );
  // The customer accepts what it was sent.
  const recipient = await customers('POST /customers/{id}/contacts', `/customers/${id}/contacts`, {
    caller: rep,
    body: { name: 'Recipient', email: 'recipient@budget.example' },
  });
  await sales('POST /quotes/{id}/send', `/quotes/${quote.body.id}/send`, {
    caller: rep,
    body: { contactId: recipient.body.id },
  });
  await measure('POST /quotes/{id}/accept', () =>
    sales('POST /quotes/{id}/accept', `/quotes/${quote.body.id}/accept`, {
      caller: rep,
      body: { revision: 2 },
    }),
  );
  const contract = (await measure('POST /contracts', () =>
    contracts('POST /contracts', '/contracts', {
      caller: rep,
      body: { quoteId: quote.body.id, qualityStandard: 'GB', breachLiability: '0.05%' },
    }),
  )) as { status: number; body: { id: string } };
  await measure('GET /contracts/{id}', () =>
    contracts('GET /contracts/{id}', `/contracts/${contract.body.id}`, { caller: rep }),
  );
  await measure('GET /approvals', () => approvals('GET /approvals', '/approvals', { caller: manager }));

  return { id, contact, admin, product, terms, contract };
}

/** Sending and the reviews, on what the first part filed. */
async function sendingAndReviews({ id, terms, contract }: Awaited<ReturnType<typeof customersToContracts>>) {
  // Sending and workflows: SES and Step Functions answer from mocks; only DynamoDB is counted.
  const buyer = await customers('POST /customers/{id}/contacts', `/customers/${id}/contacts`, {
    caller: rep,
    body: { name: 'Buyer', email: 'buyer@budget.example' },
  });
  const second = (await sales('POST /quotes', '/quotes', {
    caller: rep,
    body: { customerId: id, terms },
  })) as {
    status: number;
    body: { id: string };
  };
  await measure('POST /quotes/{id}/send', () =>
    sales('POST /quotes/{id}/send', `/quotes/${second.body.id}/send`, {
      caller: rep,
      body: { contactId: buyer.body.id },
    }),
  );
  const third = (await sales('POST /quotes', '/quotes', {
    caller: rep,
    body: { customerId: id, terms },
  })) as unknown as { body: { id: string } };
  await measure('POST /quotes/{id}/technical-review', () =>
    sales('POST /quotes/{id}/technical-review', `/quotes/${third.body.id}/technical-review`, {
      caller: rep,
      body: { note: 'Check the frame' },
    }),
  );
  await measure('POST /quotes/{id}/reject', () =>
    sales('POST /quotes/{id}/reject', `/quotes/${second.body.id}/reject`, {
      caller: rep,
      body: { reason: 'Too dear' },
    }),
  );
  await measure('PATCH /contracts/{id}', () =>
    contracts('PATCH /contracts/{id}', `/contracts/${contract.body.id}`, {
      caller: rep,
      body: { qualityStandard: 'GB/T 9061' },
      headers: { 'if-match': '"1"' },
    }),
  );
  await measure('POST /contracts/{id}/submit', () =>
    contracts('POST /contracts/{id}/submit', `/contracts/${contract.body.id}/submit`, { caller: rep }),
  );
  const { approvalId } = await requestApproval(
    {
      workflow: 'contract-review',
      step: 'sales-manager-review',
      approverRole: 'sales_manager',
      approverId: 'BOSS',
      subject: {
        type: 'contract',
        id: contract.body.id,
        title: 'Contract',
        summary: [],
        ownerId: rep.id,
        localized: { en: { title: 'Contract', summary: [] }, 'zh-CN': { title: '合同', summary: [] } },
      },
      round: 1,
      links: 'https://api.test',
      dueInDays: 2,
      taskToken: 'budget-task-token',
    },
    approvalSettings(),
  );
  const token = /t=([\w-]+)/.exec(
    String(ses.commandCalls(SendEmailCommand).at(-1)!.args[0].input.Content!.Simple!.Body!.Text!.Data),
  )![1]!;
  await measure('GET /approvals/{id}', () =>
    approvals('GET /approvals/{id}', `/approvals/${approvalId}`, { query: { t: token } }),
  );
  await measure('POST /approvals/{id}/decision', () =>
    approvals('POST /approvals/{id}/decision', `/approvals/${approvalId}/decision`, {
      body: `t=${token}&decision=approve`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  );
  const revisit = newResource({
    customerId: id,
    customerName: 'Budget Co',
    ownerId: rep.id,
    status: 'open' as const,
    openedOn: '2026-11-28',
    dueOn: '2026-12-05',
    reason: 'due',
  });
  await commit(openRevisitWrites(revisit));
  await measure('POST /revisits/{id}/complete', () =>
    care('POST /revisits/{id}/complete', `/revisits/${revisit.id}/complete`, {
      caller: rep,
      body: { outcome: 'Fine', satisfaction: 5 },
    }),
  );

  const order = orderFromContract(
    {
      contractId: contract.body.id,
      quoteId: 'Q',
      customerId: id,
      ownerId: rep.id,
      currency: 'CNY',
      lines: [],
      total: 1,
      deliveryDate: '2027-03-01',
      paymentTerms: '30/70',
      signedOn: '2026-11-28',
    },
    new Date().toISOString(),
  );
  await commit(
    createOrderWrites(
      { ...order, status: 'returned' },
      { at: order.createdAt, what: 'created', by: rep.id },
      rep.id,
    ),
  );
  await measure('POST /orders/{id}/submit', () =>
    orders('POST /orders/{id}/submit', `/orders/${order.id}/submit`, { caller: rep, body: {} }),
  );
  await measure('GET /orders/{id}', () => orders('GET /orders/{id}', `/orders/${order.id}`, { caller: rep }));
  await measure('GET /orders', () =>
    orders('GET /orders', '/orders', { caller: manager, query: { status: 'under_review' } }),
  );

  return { order };
}

describe('request budgets: every endpoint within its documented DynamoDB calls and capacity', () => {
  let first: Awaited<ReturnType<typeof customersToContracts>>;
  let reviewed: Awaited<ReturnType<typeof sendingAndReviews>>;

  it('customers, classification, care, schedules, the catalogue, quotes and contracts', async () => {
    first = await customersToContracts();
  });

  it('sending and the reviews: quotes, contracts, approvals and orders under review', async () => {
    reviewed = await sendingAndReviews(first);
  });

  it('an order through its fulfilment, with its installments', async () => {
    const { order } = reviewed;
    // An order through its fulfilment steps, with the default plan's installments.
    const line = {
      productId: 'P',
      productName: 'Press',
      model: 'M',
      unit: 'set',
      quantity: 2,
      unitPrice: 50,
      discountBasisPoints: 0,
      lineTotal: 100,
    };
    const fulfilled = {
      ...orderFromContract(
        { ...order, contractId: newId(), lines: [line], total: 100 },
        new Date().toISOString(),
      ),
      status: 'awaiting_production' as const,
    };
    const settings = orderSettings();
    await commit([
      ...createOrderWrites(fulfilled, { at: fulfilled.createdAt, what: 'created', by: rep.id }, rep.id),
      ...planInstallments(fulfilled, settings.paymentPlan, settings).map((item) =>
        installmentWrite(undefined, item),
      ),
    ]);
    const path = `/orders/${fulfilled.id}`;
    const productionPerson = { id: 'PRODUCTION', roles: ['production'] as const };
    const logisticsPerson = { id: 'LOGISTICS', roles: ['logistics'] as const };
    const financePerson = { id: 'FINANCE', roles: ['finance'] as const };
    await measure('POST /orders/{id}/production/acceptance', () =>
      orders('POST /orders/{id}/production/acceptance', `${path}/production/acceptance`, {
        caller: productionPerson,
        body: { plannedCompletion: '2027-01-10' },
      }),
    );
    await measure('POST /orders/{id}/production/progress', () =>
      orders('POST /orders/{id}/production/progress', `${path}/production/progress`, {
        caller: productionPerson,
        body: { percent: 50 },
      }),
    );
    await orders('POST /orders/{id}/production/completion', `${path}/production/completion`, {
      caller: productionPerson,
      body: {},
    });
    await measure('POST /orders/{id}/shipments', () =>
      orders('POST /orders/{id}/shipments', `${path}/shipments`, {
        caller: logisticsPerson,
        body: {
          lines: [{ line: 0, quantity: 2 }],
          carrier: 'SF',
          trackingNumber: 'SF1',
          shippedOn: '2026-11-28',
        },
      }),
    );
    await measure('POST /orders/{id}/receipt', () =>
      orders('POST /orders/{id}/receipt', `${path}/receipt`, {
        caller: rep,
        body: { receivedOn: '2026-11-29' },
      }),
    );
    await measure('POST /orders/{id}/payments', () =>
      orders('POST /orders/{id}/payments', `${path}/payments`, {
        caller: financePerson,
        body: { amount: 40, receivedOn: '2026-11-29', reference: 'B1' },
      }),
    );
    await measure('POST /orders/{id}/refunds', () =>
      orders('POST /orders/{id}/refunds', `${path}/refunds`, {
        caller: financePerson,
        body: { amount: 10, refundedOn: '2026-11-30', reference: 'R1', reason: '退货' },
      }),
    );
    await measure('POST /orders/{id}/write-off', () =>
      orders('POST /orders/{id}/write-off', `${path}/write-off`, {
        caller: financePerson,
        body: { reason: '客户破产', writtenOffOn: '2026-11-30' },
      }),
    );
    await measure('GET /receivables/aging', () =>
      orders('GET /receivables/aging', '/receivables/aging', { caller: financePerson }),
    );
    await measure('PUT /customers/{id}/credit-limit', () =>
      orders('PUT /customers/{id}/credit-limit', `/customers/${fulfilled.customerId}/credit-limit`, {
        caller: financePerson,
        body: { limit: { value: 100_000_00, currency: 'CNY' }, reason: '年度额度' },
      }),
    );
    await measure('GET /customers/{id}/credit', () =>
      orders('GET /customers/{id}/credit', `/customers/${fulfilled.customerId}/credit`, { caller: rep }),
    );
    await measure('GET /orders/{id} (fulfilled)', () => orders('GET /orders/{id}', path, { caller: rep }));
  });

  it('expenses: a budget, a claim, the report', async () => {
    // Expenses: a budget, a claim filed, read and submitted (the chain resolved), the report.
    const claimant = { id: 'CLAIMANT', roles: ['sales_rep'] as const };
    await measure('PUT /expenses/budgets/{year}', () =>
      expenses('PUT /expenses/budgets/{year}', '/expenses/budgets/2027', {
        caller: manager,
        body: {
          categories: [
            { category: 'travel', amount: 1_200_000 },
            { category: 'training', amount: 120_000 },
          ],
        },
      }),
    );
    const claim = (await measure('POST /expenses/claims', () =>
      expenses('POST /expenses/claims', '/expenses/claims', {
        caller: claimant,
        body: { category: 'travel', amount: 10_000, date: '2027-01-10', reason: '出差' },
      }),
    )) as unknown as { body: { id: string } };
    await measure('GET /expenses/claims/{id}', () =>
      expenses('GET /expenses/claims/{id}', `/expenses/claims/${claim.body.id}`, {
        caller: claimant,
      }),
    );
    await measure('POST /expenses/claims/{id}/submit', () =>
      expenses('POST /expenses/claims/{id}/submit', `/expenses/claims/${claim.body.id}/submit`, {
        caller: claimant,
      }),
    );
    await measure('GET /expenses/report', () =>
      expenses('GET /expenses/report', '/expenses/report', { caller: manager, query: { period: '2027-Q1' } }),
    );
    const trip = (await measure('POST /trips', () =>
      expenses('POST /trips', '/trips', {
        caller: claimant,
        body: {
          destination: '西安',
          startsOn: new Date().toISOString().slice(0, 10),
          endsOn: new Date().toISOString().slice(0, 10),
          purpose: '拜访客户',
        },
      }),
    )) as unknown as { body: { id: string } };
    await addEmployee({ id: 'BUDGETADM', roles: ['sales_admin'] });
    await measure('POST /trips/{id}/bookings', () =>
      expenses('POST /trips/{id}/bookings', `/trips/${trip.body.id}/bookings`, {
        caller: { id: 'BUDGETADM', roles: ['sales_admin'] },
        body: { kind: 'train', details: 'G87 二等座' },
      }),
    );
    await measure('GET /trips', () => expenses('GET /trips', '/trips', { caller: claimant }));
    await measure('GET /trips/{id} (no customers)', () =>
      expenses('GET /trips/{id}', `/trips/${trip.body.id}`, { caller: claimant }),
    );

    const finance = { id: 'FINANCE', roles: ['finance'] as const };
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const delegation = (await measure('POST /delegations', () =>
      approvals('POST /delegations', '/delegations', {
        caller: finance,
        body: { delegateId: 'FINANCE2', from: tomorrow, to: tomorrow, reason: '年假' },
      }),
    )) as unknown as { body: { id: string } };
    await measure('GET /delegations', () =>
      approvals('GET /delegations', '/delegations', { caller: finance }),
    );
    await measure('GET /delegations/{id}', () =>
      approvals('GET /delegations/{id}', `/delegations/${delegation.body.id}`, { caller: finance }),
    );
    await measure('POST /delegations/{id}/cancel', () =>
      approvals('POST /delegations/{id}/cancel', `/delegations/${delegation.body.id}/cancel`, {
        caller: finance,
      }),
    );

    // The internal audit of a past quarter with one paid claim in it.
    const { claimWrites } = await import('../../functions/expenses/store.ts');
    const filedAt = '2025-08-01T02:00:00.000Z';
    const audited = {
      ...newResource({
        claimantId: 'CLAIMANT',
        category: 'entertainment' as const,
        amount: 80_000,
        currency: 'CNY',
      }),
      date: '2025-08-01',
      reason: '客户招待',
      status: 'paid' as const,
      round: 1,
      createdAt: filedAt,
      updatedAt: filedAt,
    };
    await commit([claimWrites(undefined, audited, 'test')[0]!]);
    const auditor = { id: 'AUDITOR', roles: ['auditor'] as const };
    const finding = `/expense-audits/2025-Q3/findings/${audited.id}`;
    await measure('GET /expense-audits/rule', () =>
      expenses('GET /expense-audits/rule', '/expense-audits/rule', { caller: claimant }),
    );
    await measure('POST /expense-audits', () =>
      expenses('POST /expense-audits', '/expense-audits', { caller: auditor, body: { period: '2025-Q3' } }),
    );
    await measure('GET /expense-audits', () =>
      expenses('GET /expense-audits', '/expense-audits', { caller: manager }),
    );
    await measure('PUT /expense-audits/{period}/findings/{claimId}', () =>
      expenses('PUT /expense-audits/{period}/findings/{claimId}', finding, {
        caller: auditor,
        body: {
          outcome: 'finding',
          severity: 'low',
          observation: '缺少招待清单',
          requestedAction: '补交清单',
        },
      }),
    );
    await measure('GET /expense-audits/{period}/findings/{claimId}', () =>
      expenses('GET /expense-audits/{period}/findings/{claimId}', finding, { caller: claimant }),
    );
    await measure('POST /expense-audits/{period}/findings/{claimId}/responses', () =>
      expenses('POST /expense-audits/{period}/findings/{claimId}/responses', `${finding}/responses`, {
        caller: claimant,
        body: { text: '已补交' },
      }),
    );
    await measure('POST /expense-audits/{period}/close', () =>
      expenses('POST /expense-audits/{period}/close', '/expense-audits/2025-Q3/close', {
        caller: auditor,
        body: { conclusion: '合规' },
      }),
    );
    await measure('GET /expense-audits/{period}', () =>
      expenses('GET /expense-audits/{period}', '/expense-audits/2025-Q3', { caller: manager }),
    );
  });

  it('complaints', async () => {
    const { id, contact } = first;
    // The email channel's queue: two messages from an unknown sender, one filed, one dismissed.
    const { receiveInbound } = await import('../../functions/service/inbound.ts');
    process.env.DOCUMENTS_BUCKET ??= 'budget-documents';
    // The first comes with a photo (stored in S3, mocked here).
    const mail = (n: number) =>
      `From: someone@unknown.example\r\nSubject: noise ${n}\r\nMessage-ID: <budget-${n}@x>\r\n` +
      (n === 1
        ? 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nLoud pump\r\n--b\r\n' +
          'Content-Type: image/png\r\nContent-Disposition: attachment; filename="pump.png"\r\n\r\npng\r\n--b--\r\n'
        : '\r\nLoud pump\r\n');
    const [queued, other] = [await receiveInbound(mail(1)), await receiveInbound(mail(2))];
    await measure('GET /inbound-messages', () =>
      complaints('GET /inbound-messages', '/inbound-messages', { caller: salesAdmin }),
    );
    await measure('GET /inbound-messages/{id}', () =>
      complaints('GET /inbound-messages/{id}', `/inbound-messages/${queued.messageId}`, {
        caller: salesAdmin,
      }),
    );
    await measure('GET /inbound-messages/{id}/attachments/{number}', () =>
      complaints(
        'GET /inbound-messages/{id}/attachments/{number}',
        `/inbound-messages/${queued.messageId}/attachments/1`,
        { caller: salesAdmin },
      ),
    );
    const filed = (await measure('POST /inbound-messages/{id}/file', () =>
      complaints('POST /inbound-messages/{id}/file', `/inbound-messages/${queued.messageId}/file`, {
        caller: salesAdmin,
        body: { customerId: id, contactId: contact.body.id, severity: 'low' },
      }),
    )) as unknown as { body: { complaintId: string } };
    await measure('GET /complaints/{id}/attachments/{number}', () =>
      complaints(
        'GET /complaints/{id}/attachments/{number}',
        `/complaints/${filed.body.complaintId}/attachments/1`,
        { caller: rep },
      ),
    );
    await measure('POST /inbound-messages/{id}/dismiss', () =>
      complaints('POST /inbound-messages/{id}/dismiss', `/inbound-messages/${other.messageId}/dismiss`, {
        caller: salesAdmin,
        body: { reason: 'not a complaint' },
      }),
    );
    // Complaints: logged (the customer and contact read), read, answered.
    const complaint = (await measure('POST /complaints', () =>
      complaints('POST /complaints', '/complaints', {
        caller: rep,
        body: {
          customerId: id,
          contactId: contact.body.id,
          severity: 'high',
          content: '噪音大',
          request: '检修',
        },
      }),
    )) as unknown as { body: { id: string } };
    await measure('GET /complaints/{id}', () =>
      complaints('GET /complaints/{id}', `/complaints/${complaint.body.id}`, { caller: rep }),
    );
    await measure('POST /complaints/{id}/answer', () =>
      complaints('POST /complaints/{id}/answer', `/complaints/${complaint.body.id}/answer`, {
        caller: rep,
        body: { text: '已安排检修' },
      }),
    );
    await measure('POST /complaints/{id}/follow-ups (solved)', () =>
      complaints('POST /complaints/{id}/follow-ups', `/complaints/${complaint.body.id}/follow-ups`, {
        caller: rep,
        body: {
          solved: true,
          text: '客户确认',
          rootCause: '密封圈老化',
          correctiveAction: '改用氟橡胶密封圈',
          cause: 'product_quality',
          product: 'CK6150',
        },
      }),
    );
    await measure('GET /complaint-causes (a quarter)', () =>
      complaints('GET /complaint-causes', '/complaint-causes', {
        caller: manager,
        query: { period: '2026-Q4' },
      }),
    );
  });

  it('service tickets', async () => {
    const { id, contact } = first;
    // Service tickets: opened (customer, contact read), read, listed, routed, visited, solved.
    const ticket = (await measure('POST /tickets', () =>
      complaints('POST /tickets', '/tickets', {
        caller: rep,
        body: {
          customerId: id,
          contactId: contact.body.id,
          product: { name: 'Lathe', model: 'CK' },
          category: 'malfunction',
          severity: 'high',
          description: '主轴异响',
        },
      }),
    )) as unknown as { body: { id: string } };
    const ticketPath = `/tickets/${ticket.body.id}`;
    await measure('GET /tickets/{id}', () => complaints('GET /tickets/{id}', ticketPath, { caller: rep }));
    await measure('GET /tickets', () =>
      complaints('GET /tickets', '/tickets', { caller: rep, query: { customerId: id } }),
    );
    await measure('POST /tickets/{id}/routing', () =>
      complaints('POST /tickets/{id}/routing', `${ticketPath}/routing`, {
        caller: rep,
        body: { department: 'production', reason: '疑似质量问题' },
      }),
    );
    const technician = { id: 'TECHNICIAN', roles: ['technician'] as const };
    await measure('POST /tickets/{id}/visits', () =>
      complaints('POST /tickets/{id}/visits', `${ticketPath}/visits`, {
        caller: technician,
        body: { technicianId: 'TECHNICIAN', plannedFor: '2027-01-05T09:00:00+08:00' },
      }),
    );
    await complaints('POST /tickets/{id}/visits/{number}/report', `${ticketPath}/visits/1/report`, {
      caller: technician,
      body: { workDone: '更换轴承', partsUsed: [], outcome: 'solved' },
    });
    await measure('POST /tickets/{id}/solution', () =>
      complaints('POST /tickets/{id}/solution', `${ticketPath}/solution`, {
        caller: technician,
        body: { problem: '主轴异响', cause: '轴承磨损', solution: '更换轴承' },
      }),
    );
    await measure('GET /knowledge', () =>
      complaints('GET /knowledge', '/knowledge', { caller: rep, query: { product: 'CK', q: '轴承' } }),
    );
    await measure('GET /problem-summary (a month)', () =>
      complaints('GET /problem-summary', '/problem-summary', {
        caller: manager,
        query: { period: new Date().toISOString().slice(0, 7) },
      }),
    );
    const event = (await measure('POST /appreciation-events', () =>
      complaints('POST /appreciation-events', '/appreciation-events', {
        caller: manager,
        body: { kind: 'product_launch', title: '新品发布会', date: '2027-03-01', place: '上海' },
      }),
    )) as unknown as { body: { id: string } };
    await measure('GET /appreciation-events/{id}', () =>
      complaints('GET /appreciation-events/{id}', `/appreciation-events/${event.body.id}`, {
        caller: manager,
      }),
    );
  });

  it('performance: targets, market sizes, figures and evaluation runs', async () => {
    // Performance: targets set and rolled up, market sizes, a rep's month and year.
    const performance = caller(performanceHandler);
    await measure('PUT /performance/targets/{employeeId}/{year}', () =>
      performance('PUT /performance/targets/{employeeId}/{year}', '/performance/targets/BUDGET/2026', {
        caller: manager,
        body: {
          revenue: 120_000_000,
          profit: 30_000_000,
          newCustomers: 24,
          expenses: 2_400_000,
          growthBasisPoints: 1000,
          marketShareBasisPoints: 200,
          conversionBasisPoints: 5000,
          satisfactionHundredths: 450,
        },
      }),
    );
    await measure('GET /performance/targets', () =>
      performance('GET /performance/targets', '/performance/targets', {
        caller: manager,
        query: { year: '2026', supervisorId: 'BOSS' },
      }),
    );
    await measure('PUT /performance/market-sizes/{year}', () =>
      performance('PUT /performance/market-sizes/{year}', '/performance/market-sizes/2026', {
        caller: manager,
        body: {
          regions: [
            { region: 'east', size: 1_000_000_000 },
            { region: 'west', size: 500_000_000 },
          ],
        },
      }),
    );
    await measure('GET /performance/{employeeId} (a month)', () =>
      performance('GET /performance/{employeeId}', '/performance/BUDGET', {
        caller: rep,
        query: { period: '2026-07' },
      }),
    );
    await measure('GET /performance/{employeeId} (a year)', () =>
      performance('GET /performance/{employeeId}', '/performance/BUDGET', {
        caller: rep,
        query: { period: '2026' },
      }),
    );

    // A period's first run (as the schedule starts it), the manager's second, the readings.
    const { startRunWrites } = await import('../../functions/performance/evaluating.ts');
    await commit(startRunWrites('2026-07', 1, 'schedule', new Date().toISOString()).items);
    const { evaluateRun } = await import('../../functions/performance/evaluating.ts');
    await evaluateRun('2026-07', 1);
    await measure('POST /performance/evaluations/{period}/runs', () =>
      performance('POST /performance/evaluations/{period}/runs', '/performance/evaluations/2026-07/runs', {
        caller: manager,
        body: { reason: 'Corrected an order' },
      }),
    );
    await measure('GET /performance/evaluations/{period}', () =>
      performance('GET /performance/evaluations/{period}', '/performance/evaluations/2026-07', {
        caller: manager,
      }),
    );
    await measure('GET /performance/{employeeId}/evaluations', () =>
      performance('GET /performance/{employeeId}/evaluations', '/performance/BUDGET/evaluations', {
        caller: rep,
        query: { year: '2026' },
      }),
    );
    const { coachingPlanOf } = await import('../../functions/performance/consequence-rules.ts');
    const { coachingPlanWrites } = await import('../../functions/performance/store.ts');
    const coaching = { goals: ['revenue: from 40 % to at least 80 % of target'], reviewOn: '2026-10-01' };
    const plan = coachingPlanOf(
      {
        employeeId: 'BUDGET',
        period: '2026-Q2',
        run: 1,
        proposals: {
          bonus: 0,
          promotionPriority: 'none',
          trainingNeeds: [],
          coachingPlan: coaching,
          reassignmentReview: false,
        },
      },
      new Date().toISOString(),
    )!;
    await commit(coachingPlanWrites(undefined, plan, 'evaluation-grading'));
    await measure('POST /awards', () =>
      performance('POST /awards', '/awards', {
        caller: manager,
        body: {
          employeeId: 'BUDGET',
          period: '2026-Q2',
          kind: 'certificate',
          title: '季度之星',
          reason: '新客户最多',
        },
      }),
    );
    await measure('GET /awards', () =>
      performance('GET /awards', '/awards', { caller: rep, query: { year: '2026' } }),
    );
    await measure('GET /coaching-plans', () =>
      performance('GET /coaching-plans', '/coaching-plans', { caller: manager, query: { status: 'open' } }),
    );
    await measure('POST /coaching-plans/{employeeId}/{period}/{run}/review', () =>
      performance(
        'POST /coaching-plans/{employeeId}/{period}/{run}/review',
        '/coaching-plans/BUDGET/2026-Q2/1/review',
        { caller: manager, body: { outcome: 'improved', note: 'At 82 %' } },
      ),
    );
    // Commissions: a quarter that has ended, its plan, a statement, every rep's, the payout.
    await measure('PUT /commission-plans/{period}', () =>
      performance('PUT /commission-plans/{period}', '/commission-plans/2026-Q3', {
        caller: manager,
        body: {
          currency: 'CNY',
          defaultRateBasisPoints: 300,
          tiers: [{ fromAttainmentBasisPoints: 10_000, multiplierBasisPoints: 12_000 }],
        },
      }),
    );
    await measure('GET /commission-plans/{period}', () =>
      performance('GET /commission-plans/{period}', '/commission-plans/2026-Q3', { caller: rep }),
    );
    await measure('GET /commissions/{period}/statements/{employeeId}', () =>
      performance(
        'GET /commissions/{period}/statements/{employeeId}',
        '/commissions/2026-Q3/statements/BUDGET',
        { caller: rep },
      ),
    );
    await measure('GET /commissions/{period} (2 reps)', () =>
      performance('GET /commissions/{period}', '/commissions/2026-Q3', { caller: manager }),
    );
    await measure('POST /commissions/{period}/payout (2 reps)', () =>
      performance('POST /commissions/{period}/payout', '/commissions/2026-Q3/payout', {
        caller: manager,
        headers: { host: 'api.test' },
      }),
    );
  });

  it('imports and exports', async () => {
    process.env.DOCUMENTS_BUCKET ??= 'budget-documents';
    const api = caller(importsHandler);
    const sheet = Buffer.from(
      csvText(CUSTOMER_SHEET, [
        ['预算导入公司', 'energy', 'east', 'referral', '', '', '', 'BUDGET', '', '', '', '', ''],
      ]),
    );
    const created = (await measure('POST /imports', () =>
      api('POST /imports', '/imports', {
        caller: manager,
        body: { kind: 'customers', fileName: 'customers.csv', contentType: 'text/csv', size: sheet.length },
      }),
    )) as unknown as { body: { import: { id: string } } };
    const id = created.body.import.id;
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => sheet } } as never);
    await measure('POST /imports/{id}/check', () =>
      api('POST /imports/{id}/check', `/imports/${id}/check`, { caller: manager }),
    );
    await measure('POST /imports/{id}/run', () =>
      api('POST /imports/{id}/run', `/imports/${id}/run`, { caller: manager }),
    );
    await measure('GET /imports/{id}', () => api('GET /imports/{id}', `/imports/${id}`, { caller: manager }));
    await measure('GET /exports/customers', () =>
      api('GET /exports/customers', '/exports/customers', { caller: manager }),
    );
    await measure('GET /exports/products', () =>
      api('GET /exports/products', '/exports/products', { caller: manager }),
    );
    await measure('GET /exports/purchases', () =>
      api('GET /exports/purchases', '/exports/purchases', { caller: manager }),
    );
  });

  it('the archive', async () => {
    const { id } = first;
    // The archive: a customer's document archived (its upload URL is signed, not sent), then found.
    process.env.DOCUMENTS_BUCKET ??= 'budget-documents';
    const archive = caller(archiveHandler);
    await measure('POST /documents', () =>
      archive('POST /documents', '/documents', {
        caller: rep,
        body: {
          type: 'contract',
          title: '供货合同',
          customerId: id,
          fileName: 'contract.pdf',
          contentType: 'application/pdf',
          size: 1000,
        },
      }),
    );
    await measure('GET /documents', () =>
      archive('GET /documents', '/documents', { caller: rep, query: { customerId: id, q: '合同' } }),
    );
  });

  it('the reports', async () => {
    // The reports read aggregates only (the bench measures them over 100,000 orders).
    const reports = caller(reportsHandler);
    await measure('GET /reports/sales (a month by rep)', () =>
      reports('GET /reports/sales', '/reports/sales', {
        caller: manager,
        query: { period: '2026-06', by: 'rep' },
      }),
    );
    await measure('GET /reports/sales (a year by month)', () =>
      reports('GET /reports/sales', '/reports/sales', {
        caller: manager,
        query: { period: '2026', by: 'month' },
      }),
    );
    await measure('GET /reports/customers (a quarter)', () =>
      reports('GET /reports/customers', '/reports/customers', {
        caller: manager,
        query: { period: '2026-Q2' },
      }),
    );
    await measure('GET /reports/pipeline', () =>
      reports('GET /reports/pipeline', '/reports/pipeline', { caller: manager }),
    );
    await measure('PUT /sales-plans/{period}', () =>
      reports('PUT /sales-plans/{period}', '/sales-plans/2026-Q2', {
        caller: manager,
        body: {
          strategy: '巩固华东',
          currency: 'CNY',
          goals: {
            revenue: 50_000_000,
            byRegion: [{ region: 'east', revenue: 20_000_000 }],
            newCustomers: 3,
          },
          actions: [
            { action: '重点客户回访', ownerId: 'BUDGET', dueOn: new Date().toISOString().slice(0, 10) },
          ],
        },
      }),
    );
    await measure('GET /sales-plans/{period} (a quarter)', () =>
      reports('GET /sales-plans/{period}', '/sales-plans/2026-Q2', { caller: manager }),
    );
    await measure('POST /sales-plans/{period}/analyses (a quarter)', () =>
      reports('POST /sales-plans/{period}/analyses', '/sales-plans/2026-Q2/analyses', {
        caller: manager,
        body: { assessment: '达成良好', problems: [], measures: ['加强回款'] },
      }),
    );
    await measure('GET /reports', () =>
      reports('GET /reports', '/reports', { headers: { accept: 'text/html' } }),
    );
  });

  it('training and careers', async () => {
    const { admin } = first;
    // Training and careers; the invitations the training consumer records are committed here.
    const training = caller(trainingHandler);
    const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const survey = (await measure('POST /training/surveys', () =>
      training('POST /training/surveys', '/training/surveys', {
        caller: admin,
        body: { title: 'Needs', closesOn, audience: ['BUDGET', 'CLAIMANT'] },
      }),
    )) as { status: number; body: { id: string } };
    await measure('GET /training/surveys', () =>
      training('GET /training/surveys', '/training/surveys', { caller: admin }),
    );
    await measure('GET /training/surveys/{id}', () =>
      training('GET /training/surveys/{id}', `/training/surveys/${survey.body.id}`, { caller: admin }),
    );
    await measure('GET /training/needs/{year}', () =>
      training('GET /training/needs/{year}', '/training/needs/2026', { caller: admin }),
    );
    const starts = new Date(Date.now() + 30 * 60_000).toISOString();
    const session = (await measure('POST /training/sessions', () =>
      training('POST /training/sessions', '/training/sessions', {
        caller: admin,
        body: {
          topic: 'sales_skills',
          title: 'Negotiation',
          content: 'Closing',
          startsAt: starts,
          endsAt: new Date(Date.parse(starts) + 3_600_000).toISOString(),
          place: 'Room 1',
          trainer: { employeeId: 'BUDGETADMIN' },
          audience: ['BUDGET'],
        },
      }),
    )) as { status: number; body: { id: string; startsAt: string } };
    await commit(
      inviteeWrites(
        {
          sessionId: session.body.id,
          employeeId: 'BUDGET',
          name: 'Budget',
          email: 'budget@test.example',
          language: 'zh-CN',
          startsAt: session.body.startsAt,
        },
        new Date().toISOString(),
      ),
    );
    await measure('GET /training/plan/{year}', () =>
      training('GET /training/plan/{year}', `/training/plan/${starts.slice(0, 4)}`, { caller: rep }),
    );
    await measure('POST /training/sessions/{id}/attendance', () =>
      training(
        'POST /training/sessions/{id}/attendance',
        `/training/sessions/${session.body.id}/attendance`,
        {
          caller: admin,
          body: { employeeId: 'BUDGET', signedIn: true, examScore: 88 },
        },
      ),
    );
    await measure('POST /training/sessions/{id}/feedback', () =>
      training('POST /training/sessions/{id}/feedback', `/training/sessions/${session.body.id}/feedback`, {
        caller: rep,
        body: { rating: 4 },
      }),
    );
    await measure('GET /training/sessions/{id}', () =>
      training('GET /training/sessions/{id}', `/training/sessions/${session.body.id}`, { caller: admin }),
    );
    await measure('PATCH /training/sessions/{id}', () =>
      training('PATCH /training/sessions/{id}', `/training/sessions/${session.body.id}`, {
        caller: admin,
        body: { place: 'Room 2' },
        headers: { 'if-match': '"1"' },
      }),
    );
    await measure('POST /training/sessions/{id}/cancel', () =>
      training('POST /training/sessions/{id}/cancel', `/training/sessions/${session.body.id}/cancel`, {
        caller: admin,
        body: { reason: 'Trainer ill' },
      }),
    );
    await measure('PUT /careers/{employeeId}', () =>
      training('PUT /careers/{employeeId}', '/careers/CLAIMANT', {
        caller: manager,
        body: { goals: ['Key accounts'], path: ['Rep', 'Senior rep'], currentStep: 0 },
      }),
    );
    await measure('POST /careers/{employeeId}/conversations', () =>
      training('POST /careers/{employeeId}/conversations', '/careers/CLAIMANT/conversations', {
        caller: manager,
        body: { heldOn: '2026-11-20', notes: 'Next steps' },
      }),
    );
    await measure('GET /careers/{employeeId}', () =>
      training('GET /careers/{employeeId}', '/careers/CLAIMANT', { caller: manager }),
    );
  });

  it('measured every budgeted endpoint', () => {
    console.table(measured);
    expect(Object.keys(BUDGETS).filter((name) => !measured[name])).toEqual([]);
  });
});
