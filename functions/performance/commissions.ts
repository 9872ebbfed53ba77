import { causes, commitChange } from '#shared/change.ts';
import { ANY_EMPLOYEE } from '#shared/access.ts';
import { today } from '#shared/calendar.ts';
import { nowIso } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { hasAnyRole } from '#shared/caller.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { periodMonths } from '#shared/periods.ts';
import { validationProblem } from '#shared/problem.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { prepareReview } from '../approvals/public.ts';
import { allEmployees, type Employee, getEmployee } from '../employees/public.ts';
import {
  type CommissionPlan,
  commissionPlanInput,
  type CommissionStatement,
  quarterParams,
  statementParams,
} from './commission-model.ts';
import {
  assertPayoutSubmittable,
  assertPlanChangeable,
  COMMISSION_PAYOUT_CHAIN,
  commissionStatementOf,
  payoutSubject,
  planProblems,
  submitPayout,
} from './commission-rules.ts';
import { CommissionPayouts } from './entities.ts';
import { payoutSubmitted } from './events.ts';
import { assertMayRead, periodTarget } from './rules.ts';
import {
  commissionPayoutWrites,
  commissionPlanWrites,
  getCommissionPayout,
  getCommissionPlan,
  monthFacts,
  payoutOpenCheck,
  planUnchangedCheck,
  yearTargets,
} from './store.ts';

/**
 * Commissions on collected money: the managers set a quarter's plan; each rep reads their
 * statement (a supervisor their team's, management and finance everyone's); once the quarter has
 * ended the sales manager puts the payout to finance, which approves it through the review kit.
 */
const PAYOUT_READERS = ['sales_manager', 'general_manager', 'finance', 'auditor'] as const;

/** A change of the plan or of the payout meanwhile, named by the condition that refused it. */
async function unlessCommissionsChanged(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition('payoutOpen'))
      throw conflict('The quarter’s payout was submitted meanwhile; its plan no longer changes.');
    if (error instanceof TransactionCancelled && error.failedCondition('planVersion'))
      throw conflict('The quarter’s plan changed meanwhile; read the statements again and resubmit.');
    throw error;
  }
}

/** The statements of the given reps under the plan, from their facts and revenue targets. */
async function statementsOf(
  plan: CommissionPlan,
  people: readonly Employee[],
): Promise<CommissionStatement[]> {
  const months = periodMonths(plan.period);
  const targets = new Map(
    (await yearTargets(plan.period.slice(0, 4))).map((item) => [item.employeeId, item]),
  );
  const statements: CommissionStatement[] = [];
  for (const person of people) {
    const facts = (await Promise.all(months.map((month) => monthFacts(person.id, month)))).flat();
    const rep = targets.get(person.id);
    statements.push(
      commissionStatementOf({
        plan,
        employeeId: person.id,
        facts,
        target: rep && rep.currency === plan.currency ? periodTarget(rep, 'revenue', months) : undefined,
      }),
    );
  }
  return statements;
}

/** Everyone a quarter's payout covers: the sales reps, including those who left since (they earned it). */
const repsOf = (people: readonly Employee[]) =>
  people.filter((person) => person.roles.includes('sales_rep')).sort((a, b) => a.id.localeCompare(b.id));

const setPlan = defineOperation({
  operationId: 'setCommissionPlan',
  method: 'PUT',
  path: '/commission-plans/{period}',
  auth: 'jwt',
  roles: ['sales_manager', 'general_manager'],
  params: quarterParams,
  body: commissionPlanInput,
  async handle({ caller, params, body }) {
    const problems = planProblems(body);
    if (problems.length > 0)
      throw validationProblem(
        problems.map((message) => ({ in: 'body', path: message.split(':')[0]!, message })),
      );
    const [before, payout] = await Promise.all([
      getCommissionPlan(params.period, true),
      getCommissionPayout(params.period, true),
    ]);
    assertPlanChangeable(payout);
    const at = nowIso();
    const plan: CommissionPlan = {
      period: params.period,
      ...body,
      setBy: caller.id,
      version: (before?.version ?? 0) + 1,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    await unlessCommissionsChanged(() =>
      commitChange(commissionPlanWrites(before, plan, caller.id, { with: [payoutOpenCheck(params.period)] })),
    );
    return resourceReply(plan);
  },
});

const readPlan = defineOperation({
  operationId: 'getCommissionPlan',
  method: 'GET',
  path: '/commission-plans/{period}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  params: quarterParams,
  async handle({ params }) {
    return resourceReply(
      found(await getCommissionPlan(params.period), `A commission plan for ${params.period}`),
    );
  },
});

const readStatement = defineOperation({
  operationId: 'getCommissionStatement',
  method: 'GET',
  path: '/commissions/{period}/statements/{employeeId}',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  params: statementParams,
  async handle({ caller, params }) {
    const employee = found(await getEmployee(params.employeeId), `Employee ${params.employeeId}`);
    // Finance pays it and audit checks it; otherwise whoever reads the rep's figures.
    if (!hasAnyRole(caller, ['finance', 'auditor'])) assertMayRead(caller, employee);
    const plan = found(await getCommissionPlan(params.period), `A commission plan for ${params.period}`);
    const payout = await getCommissionPayout(params.period);
    const [statement] = await statementsOf(plan, [employee]);
    if (!payout || payout.status === 'returned') return { status: 200, body: statement! };
    // Once submitted, the figures are the ones the payout froze (a rep who was not a rep then has
    // none); the entries are the quarter's facts, which no longer change once it has ended.
    const frozen = payout.statements.find((item) => item.employeeId === employee.id);
    return {
      status: 200,
      body: {
        ...found(frozen, `A ${params.period} statement for ${employee.id}`),
        entries: statement!.entries,
      },
    };
  },
});

const readQuarter = defineOperation({
  operationId: 'getCommissionQuarter',
  method: 'GET',
  path: '/commissions/{period}',
  auth: 'jwt',
  roles: PAYOUT_READERS,
  params: quarterParams,
  async handle({ params }) {
    const plan = found(await getCommissionPlan(params.period), `A commission plan for ${params.period}`);
    const payout = await getCommissionPayout(params.period);
    const statements =
      payout && payout.status !== 'returned'
        ? payout.statements
        : await statementsOf(plan, repsOf(await allEmployees()));
    return {
      status: 200,
      body: {
        period: params.period,
        plan,
        ...(payout ? { payout } : {}),
        statements,
        total: statements.reduce((sum, statement) => sum + statement.commission, 0),
      },
    };
  },
});

const submit = defineOperation({
  operationId: 'submitCommissionPayout',
  method: 'POST',
  path: '/commissions/{period}/payout',
  auth: 'jwt',
  roles: ['sales_manager'],
  params: quarterParams,
  async handle({ caller, params }) {
    const plan = found(
      await getCommissionPlan(params.period, true),
      `A commission plan for ${params.period}`,
    );
    const before = await getCommissionPayout(params.period, true);
    assertPayoutSubmittable(params.period, today(), before);
    const people = await allEmployees();
    const at = nowIso();
    const payout = submitPayout(before, plan, await statementsOf(plan, repsOf(people)), caller.id, at);
    const names = new Map(people.map((person) => [person.id, person.name]));
    // With nobody but the submitter in finance to approve it, this is a 409 (separation of duties).
    const start = await prepareReview(
      COMMISSION_PAYOUT_CHAIN,
      payout.round,
      payoutSubject(payout, names),
      { submittedBy: caller.id, amount: payout.total },
      {
        key: CommissionPayouts.key({ period: payout.period }),
        fields: { status: 'under_review', round: payout.round },
      },
    );
    await unlessCommissionsChanged(() =>
      commitChange(
        commissionPayoutWrites(before, payout, caller.id, {
          with: [planUnchangedCheck(plan)],
          events: [causes(payoutSubmitted, start)],
        }),
      ),
    );
    return {
      status: 202,
      body: payout,
      headers: { location: `/commissions/${payout.period}` },
    };
  },
});

export const commissionOperations: readonly Operation[] = [
  setPlan,
  readPlan,
  readStatement,
  readQuarter,
  submit,
];
