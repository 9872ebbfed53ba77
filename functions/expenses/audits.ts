import { randomBytes } from 'node:crypto';
import { ANY_EMPLOYEE, defineOwnership } from '#shared/access.ts';
import { today } from '#shared/calendar.ts';
import { type Caller, hasAnyRole } from '#shared/caller.ts';
import { commitChange } from '#shared/change.ts';
import { newResource, nowIso } from '#shared/clock.ts';
import { notAllowed } from '#shared/domain-errors.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { periodMonths } from '#shared/periods.ts';
import { conflict } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import * as z from 'zod/mini';
import {
  type AuditFinding,
  auditClosing,
  auditListQuery,
  auditParams,
  auditStart,
  type ExpenseAudit,
  findingDecision,
  findingParams,
  findingResponse,
} from './audit-model.ts';
import {
  answeredFinding,
  assertAuditable,
  closedAudit,
  decidedFinding,
  drawSample,
  summarize,
} from './audit-rules.ts';
import {
  auditPopulation,
  closingWrites,
  findingWrites,
  getAudit,
  listAudits,
  openingWrites,
} from './audit-store.ts';
import { expenseSettings } from './settings.ts';

/**
 * The internal audit of sales expenses (R-6.6, §7.3.3). The `expense-audit` job opens last
 * quarter's audit on the first day of each quarter; an auditor may open any ended period's. Audit
 * records a finding on each sampled claim, the claimant and the sales manager answer findings, and
 * the auditor closes the period with a conclusion: its report goes to management and finance.
 */
const READERS = ['auditor', 'sales_manager', 'general_manager', 'finance'] as const;

/** Draws a period's sample by the published rule: the audit and what opening it writes. */
async function drawAudit(period: string, openedBy: string, day: string) {
  const months = periodMonths(period);
  assertAuditable(months, day);
  const { audit: rule, currency } = expenseSettings();
  const seed = randomBytes(16).toString('hex');
  const population = await auditPopulation(months);
  const sample = drawSample(population, rule, seed);
  const now = nowIso();
  const audit: ExpenseAudit = {
    ...newResource(
      {
        period,
        status: 'open' as const,
        rule,
        seed,
        population: population.length,
        sampled: sample.length,
        currency,
        openedBy,
      },
      now,
    ),
    id: period,
  };
  const findings: AuditFinding[] = sample.map(({ claim, reasons }) => ({
    period,
    claimId: claim.id,
    claimantId: claim.claimantId,
    category: claim.category,
    amount: claim.amount,
    currency: claim.currency,
    date: claim.date,
    reasons,
    outcome: 'pending',
    version: 1,
    createdAt: now,
    updatedAt: now,
  }));
  return { audit, writes: openingWrites(audit, findings) };
}

const openedAlready = (error: unknown) =>
  error instanceof TransactionCancelled && error.failedCondition('expenseAudit');

/** Opens a period's audit; answers undefined if it was opened already (a period once). */
export async function openAudit(
  period: string,
  openedBy: string,
  day: string,
): Promise<ExpenseAudit | undefined> {
  const { audit, writes } = await drawAudit(period, openedBy, day);
  try {
    await commit(writes);
    return audit;
  } catch (error) {
    if (openedAlready(error)) return undefined;
    throw error;
  }
}

/** Checked by `assertMayReadFinding`. */
const findingReaders = defineOwnership(
  'finding’s readers',
  'Audit, the sales manager, the general manager and finance read every finding; a claimant reads the findings on their own claims.',
);

function assertMayReadFinding(caller: Caller, finding: AuditFinding) {
  if (finding.claimantId !== caller.id && !hasAnyRole(caller, READERS))
    throw notAllowed('Only audit, management, finance and the claimant read a finding.');
}

/** Checked by `answeredFinding`. */
const findingAnswerers = defineOwnership(
  'finding’s answerers',
  'The claimant answers a finding on their claim; the sales manager answers for the department (not on their own claim).',
);

const auditOf = async (period: string, consistent = false) =>
  found(await getAudit(period, consistent), `The audit of ${period}`);

const findingOf = (findings: AuditFinding[], claimId: string, period: string) =>
  found(
    findings.find((finding) => finding.claimId === claimId),
    `Claim ${claimId} in the sample of ${period}`,
  );

const reportOf = ({ audit, findings }: { audit: ExpenseAudit; findings: AuditFinding[] }) => ({
  ...audit,
  summary: summarize(audit.population, findings),
  findings,
});

const rule = defineOperation({
  operationId: 'getAuditRule',
  method: 'GET',
  path: '/expense-audits/rule',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  async handle() {
    return { status: 200, body: expenseSettings().audit };
  },
});

const start = defineOperation({
  operationId: 'openExpenseAudit',
  method: 'POST',
  path: '/expense-audits',
  auth: 'jwt',
  roles: ['auditor'],
  body: auditStart,
  idempotent: true,
  async handle(request) {
    const { period } = request.body;
    const { audit, writes } = await drawAudit(period, request.caller.id, today());
    try {
      return await createOnce(request, writes, createdReply(`/expense-audits/${period}`, audit));
    } catch (error) {
      if (openedAlready(error)) throw conflict(`The audit of ${period} is open already.`);
      throw error;
    }
  },
});

const list = defineOperation({
  operationId: 'listExpenseAudits',
  method: 'GET',
  path: '/expense-audits',
  auth: 'jwt',
  roles: READERS,
  query: z.strictObject({ ...auditListQuery.def.shape, ...pageParameters }),
  async handle({ query }) {
    const { status, ...page } = query;
    return { status: 200, body: await listAudits(status, page) };
  },
});

const report = defineOperation({
  operationId: 'getExpenseAudit',
  method: 'GET',
  path: '/expense-audits/{period}',
  auth: 'jwt',
  roles: READERS,
  params: auditParams,
  async handle({ params }) {
    const file = await auditOf(params.period);
    return { ...resourceReply(file.audit), body: reportOf(file) };
  },
});

const readFinding = defineOperation({
  operationId: 'getAuditFinding',
  method: 'GET',
  path: '/expense-audits/{period}/findings/{claimId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [findingReaders],
  params: findingParams,
  async handle({ caller, params }) {
    const { findings } = await auditOf(params.period);
    const finding = findingOf(findings, params.claimId, params.period);
    assertMayReadFinding(caller, finding);
    return resourceReply(finding);
  },
});

const decide = defineOperation({
  operationId: 'recordAuditFinding',
  method: 'PUT',
  path: '/expense-audits/{period}/findings/{claimId}',
  auth: 'jwt',
  roles: ['auditor'],
  params: findingParams,
  body: findingDecision,
  async handle({ caller, params, body }) {
    const { audit, findings } = await auditOf(params.period, true);
    const finding = findingOf(findings, params.claimId, params.period);
    const next = decidedFinding(audit, finding, body, caller.id, today(), nowIso());
    await commitChange(findingWrites(finding, next, caller.id));
    return resourceReply(next);
  },
});

const respond = defineOperation({
  operationId: 'answerAuditFinding',
  method: 'POST',
  path: '/expense-audits/{period}/findings/{claimId}/responses',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [findingAnswerers],
  params: findingParams,
  body: findingResponse,
  async handle({ caller, params, body }) {
    const { audit, findings } = await auditOf(params.period, true);
    const finding = findingOf(findings, params.claimId, params.period);
    assertMayReadFinding(caller, finding);
    const next = answeredFinding(
      audit,
      finding,
      { id: caller.id, isManager: hasAnyRole(caller, ['sales_manager']) },
      body.text,
      nowIso(),
    );
    await commitChange(findingWrites(finding, next, caller.id));
    return resourceReply(next);
  },
});

const close = defineOperation({
  operationId: 'closeExpenseAudit',
  method: 'POST',
  path: '/expense-audits/{period}/close',
  auth: 'jwt',
  roles: ['auditor'],
  params: auditParams,
  body: auditClosing,
  async handle({ caller, params, body }) {
    const file = await auditOf(params.period, true);
    const next = closedAudit(file.audit, file.findings, caller.id, body.conclusion, nowIso());
    await commitChange(closingWrites(file.audit, next, caller.id));
    return { ...resourceReply(next), body: reportOf({ audit: next, findings: file.findings }) };
  },
});

export const auditOperations: readonly Operation[] = [
  rule,
  start,
  list,
  report,
  readFinding,
  decide,
  respond,
  close,
];
