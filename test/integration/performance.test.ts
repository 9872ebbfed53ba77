import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { asFunction } from '../../local/data-scope.ts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomer, seedProduct } from '../support/builders.ts';
import { eventPath } from '../support/event-path.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * Performance over DynamoDB Local and the local event path: targets split and rolled up,
 * a rep's monthly facts kept from real domain events, read as targets, actuals and attainment;
 * an event delivered again, or all of them replayed after the facts were lost, gives the same
 * figures.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
// One rep a batch: every run here hands its batches on through the event path.
process.env.EVALUATION_BATCH = '1';
process.env.PUBLIC_API_URL = 'https://api.test';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
const { handler: performanceApi } = await import('../../functions/performance/handler.ts');
const { handler: salesApi } = await import('../../functions/sales/handler.ts');
const { handler: eventsApi } = await import('../../functions/events/handler.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { orderCompleted } = await import('../../functions/orders/events.ts');
const { ticketRated } = await import('../../functions/service/events.ts');
const { claimPaid } = await import('../../functions/expenses/events.ts');
const { revisitCompleted } = await import('../../functions/care/events.ts');
const { query, tableName, dynamo } = await import('../../functions/shared/db.ts');
const { DeleteItemCommand } = await import('@aws-sdk/client-dynamodb');
const { marshall } = await import('@aws-sdk/util-dynamodb');
const performance = caller(performanceApi);
const sales = caller(salesApi);
const events = caller(eventsApi);

const manager = { id: 'PFMGR', roles: ['sales_manager'] as const };
const supervisor = { id: 'PFSUP', roles: ['supervisor', 'sales_rep'] as const };
const rep = { id: 'PFREP', roles: ['sales_rep'] as const };
const other = { id: 'PFOTHER', roles: ['sales_rep'] as const };
const operator = { id: 'PFOPS', roles: ['sales_manager', 'sales_admin'] as const };

let path: Awaited<ReturnType<typeof eventPath>>;
const month = new Date().toISOString().slice(0, 7);
const year = month.slice(0, 4);
const started = new Date(Date.now() - 1000).toISOString();

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'PFMGR', roles: ['sales_manager'] });
  await addEmployee({ id: 'PFSUP', roles: ['supervisor', 'sales_rep'], supervisorId: 'PFMGR' });
  await addEmployee({ id: 'PFREP', roles: ['sales_rep'], supervisorId: 'PFSUP' });
  await addEmployee({ id: 'PFOTHER', roles: ['sales_rep'], supervisorId: 'PFSUP' });
  await addEmployee({ id: 'PFADMIN', roles: ['sales_admin'] });
  path = await eventPath();
});
afterAll(() => path.stop());

const targets = {
  revenue: 120_000_000,
  profit: 30_000_000,
  newCustomers: 24,
  expenses: 2_400_000,
  growthBasisPoints: 1000,
  marketShareBasisPoints: 200,
  conversionBasisPoints: 5000,
  satisfactionHundredths: 450,
};
const setTargets = (who: Person, employee: string, body: object) =>
  performance('PUT /performance/targets/{employeeId}/{year}', `/performance/targets/${employee}/${year}`, {
    caller: who,
    body,
  });
const read = (who: Person, employee: string, period = month) =>
  performance('GET /performance/{employeeId}', `/performance/${employee}`, {
    caller: who,
    query: { period },
  });

describe('targets', () => {
  it('are set by the manager, split into months that add up, and rolled up by team', async () => {
    expect((await setTargets(rep, 'PFREP', targets)).status).toBe(403);
    expect((await setTargets(manager, 'PFADMIN', targets)).status).toBe(403);
    expect((await setTargets(manager, 'PFREP', { ...targets, split: { monthWeights: [1, 2] } })).status).toBe(
      400,
    );
    const seasonal = Array.from({ length: 12 }, (_, index) => (index < 6 ? 2 : 1));
    const set = await setTargets(manager, 'PFREP', { ...targets, split: { monthWeights: seasonal } });
    expect(set.status).toBe(200);
    expect(set.body.months.revenue.reduce((a: number, b: number) => a + b, 0)).toBe(120_000_000);
    // January weighs twice December (to the unit the largest remainder moves).
    expect(Math.abs(set.body.months.revenue[0] - 2 * set.body.months.revenue[11])).toBeLessThanOrEqual(2);
    expect((await setTargets(manager, 'PFOTHER', targets)).status).toBe(200);
    const team = await performance('GET /performance/targets', '/performance/targets', {
      caller: supervisor,
      query: { year, supervisorId: 'PFSUP' },
    });
    expect(team.body).toMatchObject({
      reps: expect.arrayContaining(['PFREP', 'PFOTHER']),
      revenue: 240_000_000,
    });
    expect(
      (
        await performance('GET /performance/targets', '/performance/targets', {
          caller: rep,
          query: { year, supervisorId: 'PFSUP' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await performance('PUT /performance/market-sizes/{year}', `/performance/market-sizes/${year}`, {
          caller: manager,
          body: {
            regions: [
              { region: 'east', size: 1 },
              { region: 'east', size: 2 },
            ],
          },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await performance('PUT /performance/market-sizes/{year}', `/performance/market-sizes/${year}`, {
          caller: manager,
          body: { regions: [{ region: 'east', size: 1_200_000_000 }] },
        })
      ).body.regions,
    ).toHaveLength(1);
  });
});

describe('a rep’s figures', () => {
  it('come from the domain events, count each event once, and are rebuilt by a replay', async () => {
    // Real producers: a customer filed, an opportunity lost.
    const customer = await seedCustomer(rep, 'Figures Works');
    const opportunity = await sales('POST /opportunities', '/opportunities', {
      caller: rep,
      body: {
        customerId: customer.customerId,
        title: 'Second line',
        expectedValue: { value: 1, currency: 'CNY' },
        expectedCloseDate: '2027-01-31',
      },
    });
    const lost = await sales(
      'POST /opportunities/{id}/stage',
      `/opportunities/${opportunity.body.id}/stage`,
      {
        caller: rep,
        body: { stage: 'lost', reason: 'Price' },
      },
    );
    expect(lost.status).toBe(200);
    // Events of the other domains, as their producers record them.
    const productId = await seedProduct({ id: 'PFADMIN', roles: ['sales_admin'] }, 5_000_000);
    const at = new Date().toISOString();
    await commit([
      recordEvent(orderCompleted, {
        subject: { type: 'order', id: 'ORDER1' },
        actor: 'order-fulfilment',
        at,
        payload: {
          orderId: 'ORDER1',
          ownerId: 'PFREP',
          customerId: customer.customerId,
          customerName: 'Figures Works',
          region: 'east',
          currency: 'CNY',
          total: 12_000_000,
          receivedOn: at.slice(0, 10),
          completedOn: at.slice(0, 10),
          lines: [
            {
              productId,
              productName: 'Lathe',
              model: 'CK',
              quantity: 2,
              amount: 12_000_000,
              standardCost: 6_000_000,
            },
          ],
        },
      }),
      recordEvent(ticketRated, {
        subject: { type: 'ticket', id: 'T1' },
        actor: 'contact:C1',
        at,
        payload: { ticketId: 'T1', customerId: customer.customerId, ownerId: 'PFREP', score: 4, ratedAt: at },
      }),
      recordEvent(revisitCompleted, {
        subject: { type: 'revisit', id: 'V1' },
        actor: 'PFREP',
        at,
        payload: {
          revisitId: 'V1',
          customerId: customer.customerId,
          ownerId: 'PFREP',
          satisfaction: 5,
          completedAt: at,
        },
      }),
      recordEvent(claimPaid, {
        subject: { type: 'claim', id: 'X1' },
        actor: 'PFFIN',
        at,
        payload: {
          claimId: 'X1',
          claimantId: 'PFREP',
          amount: 150_000,
          currency: 'CNY',
          paidOn: at.slice(0, 10),
          reference: 'BANK-1',
        },
      }),
    ]);
    await path.settle();

    const first = await read(rep, 'PFREP');
    expect(first.status).toBe(200);
    const row = (body: { indicators: { indicator: string }[] }, indicator: string) =>
      body.indicators.find((candidate) => candidate.indicator === indicator);
    expect(row(first.body, 'revenue')).toMatchObject({ actual: 12_000_000 });
    // Two at the product's standard cost of 3,000,000: profit is 12,000,000 − 6,000,000.
    expect(row(first.body, 'profit')).toMatchObject({ actual: 6_000_000 });
    expect(row(first.body, 'newCustomers')).toMatchObject({ actual: 1 });
    expect(row(first.body, 'conversion')).toMatchObject({ actual: 0 });
    // A ticket rated 4 and a revisit's satisfaction of 5.
    expect(row(first.body, 'satisfaction')).toMatchObject({ actual: 450, target: 450 });
    expect(row(first.body, 'expenseControl')).toMatchObject({ actual: 150_000 });
    expect(first.body.counts).toMatchObject({ orders: 1, opportunitiesLost: 1, ratings: 2 });
    expect(first.body.quantitativeScore).toBeGreaterThan(0);

    // Who reads: the rep, their supervisor, the manager; not another rep.
    expect((await read(other, 'PFREP')).status).toBe(403);
    expect((await read(supervisor, 'PFREP')).status).toBe(200);
    expect((await read(manager, 'PFREP')).status).toBe(200);
    expect((await read(rep, 'PFREP', '2026-13')).status).toBe(400);

    // Every event again (a redelivery): the same figures.
    const replay = () =>
      events('POST /event-consumers/{name}/replays', '/event-consumers/performance-events/replays', {
        caller: operator,
        body: { from: started, to: new Date().toISOString() },
      });
    expect((await replay()).status).toBe(202);
    await path.settle();
    expect((await read(rep, 'PFREP')).body).toEqual(first.body);

    // The facts lost, then the events replayed: the same figures again.
    const partition = `FACTS#PFREP#${month}`;
    const { items } = await query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': partition },
    });
    // A customer filed, an opportunity lost, an order, two ratings, an expense.
    expect(items.length).toBe(6);
    for (const item of items)
      await dynamo.send(
        new DeleteItemCommand({ TableName: tableName(), Key: marshall({ pk: item.pk, sk: item.sk }) }),
      );
    expect(row((await read(rep, 'PFREP')).body, 'revenue')).toMatchObject({ actual: 0 });
    expect((await replay()).status).toBe(202);
    await path.settle();
    expect((await read(rep, 'PFREP')).body).toEqual(first.body);
  });
});

describe('evaluation runs (R-4.2, R-0.5)', () => {
  it('start once per period from the schedule, again by the manager, each under the rules it records', async () => {
    const { handler: evaluationJob } = await import('../../functions/performance/evaluation.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const { firingDay } = await import('../../functions/performance/evaluation-rules.ts');
    const fire = (scheduledTime: string) =>
      asFunction('evaluation', () =>
        (evaluationJob as (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>)(
          { scheduledTime },
          lambdaContext('evaluation', undefined, 300),
        ),
      );
    // The firing after this month evaluates it; fired twice (another scheduled time, same day), one run.
    const day = firingDay(month);
    expect((await fire(`${day}T12:00:00.000Z`)).counts.started).toBeGreaterThanOrEqual(1);
    expect((await fire(`${day}T12:05:00.000Z`)).counts.started).toBe(0);
    await path.settle();
    const period = await performance(
      'GET /performance/evaluations/{period}',
      `/performance/evaluations/${month}`,
      {
        caller: manager,
      },
    );
    expect(period.body.runs).toHaveLength(1);
    // Three reps, three batches, one run evaluated once.
    expect(period.body.evaluations).toHaveLength(3);
    expect(period.body.runs[0]).toMatchObject({ evaluated: 3 });
    expect(period.body.runs[0]).toMatchObject({
      run: 1,
      status: 'evaluated',
      startedBy: 'schedule',
      rules: { rulesVersion: '2026.3' },
    });
    const first = period.body.evaluations.find((item: { employeeId: string }) => item.employeeId === 'PFREP');
    // The same inputs as the live figures: the same score.
    expect(first.quantitativeScore).toBe((await read(manager, 'PFREP')).body.quantitativeScore);
    expect(
      (
        await performance('GET /performance/evaluations/{period}', `/performance/evaluations/${month}`, {
          caller: rep,
        })
      ).status,
    ).toBe(403);

    // New rules, then a run by the manager: it records them; the first run keeps its own.
    process.env.PERFORMANCE_SETTINGS = JSON.stringify({
      rulesVersion: '2026.4',
      weights: {
        revenue: 60,
        profit: 10,
        growth: 5,
        marketShare: 5,
        newCustomers: 5,
        conversion: 5,
        satisfaction: 5,
        expenseControl: 5,
      },
    });
    try {
      const rerun = (reason?: string) =>
        performance('POST /performance/evaluations/{period}/runs', `/performance/evaluations/${month}/runs`, {
          caller: manager,
          body: reason === undefined ? {} : { reason },
          headers: { 'idempotency-key': `rerun-${(reason ?? 'none').replaceAll(' ', '-')}` },
        });
      expect((await rerun()).status).toBe(400);
      expect(
        (
          await performance(
            'POST /performance/evaluations/{period}/runs',
            `/performance/evaluations/${month}/runs`,
            {
              caller: rep,
              body: { reason: 'x' },
            },
          )
        ).status,
      ).toBe(403);
      const started = await rerun('An order was booked to the wrong rep');
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ run: 2, status: 'evaluating', rules: { rulesVersion: '2026.4' } });
      await path.settle();
      // The same request again (its key): the same answer, no third run.
      const repeated = await rerun('An order was booked to the wrong rep');
      expect([repeated.status, repeated.body]).toEqual([202, started.body]);
    } finally {
      delete process.env.PERFORMANCE_SETTINGS;
    }
    const history = await performance(
      'GET /performance/{employeeId}/evaluations',
      '/performance/PFREP/evaluations',
      {
        caller: rep,
        query: { year },
      },
    );
    const runs = history.body.items.filter((item: { period: string }) => item.period === month);
    expect(runs.map((item: { run: number; rulesVersion: string }) => [item.run, item.rulesVersion])).toEqual([
      [1, '2026.3'],
      [2, '2026.4'],
    ]);
    // The first run's result is kept as it was.
    expect(runs[0].quantitativeScore).toBe(first.quantitativeScore);
    expect(runs[1].quantitativeScore).not.toBe(first.quantitativeScore);
    expect(
      (
        await performance('GET /performance/{employeeId}/evaluations', '/performance/PFREP/evaluations', {
          caller: other,
          query: { year },
        })
      ).status,
    ).toBe(403);
  });
});

describe('a quarter’s evaluation (R-4.3)', () => {
  it('asks the supervisor and peers by email, takes the ratings that come by the deadline, and grades once', async () => {
    const { handler: evaluationJob } = await import('../../functions/performance/evaluation.ts');
    const { handler: gradingJob } = await import('../../functions/performance/evaluation-grading.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const { firingDay } = await import('../../functions/performance/evaluation-rules.ts');
    type Job = (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>;
    const fire = (job: unknown, name: string, scheduledTime: string) =>
      (job as Job)({ scheduledTime }, lambdaContext(name, undefined, 300));
    const quarter = `${year}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
    await fire(evaluationJob, 'evaluation', `${firingDay(quarter)}T12:00:00.000Z`);
    await path.settle();
    const file = await performance(
      'GET /performance/evaluations/{period}',
      `/performance/evaluations/${quarter}`,
      {
        caller: manager,
      },
    );
    const waiting = file.body.evaluations.find((item: { employeeId: string }) => item.employeeId === 'PFREP');
    expect(waiting).toMatchObject({ status: 'rating' });
    expect(waiting.grade).toBeUndefined();

    // PFREP's raters: the supervisor and the one other rep of the team (no A customers yet).
    const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    const linkFor = (to: string) => {
      const mail = sent().find(
        (input) =>
          input.Destination!.ToAddresses![0] === to &&
          input.Content!.Simple!.Subject!.Data!.includes('PFREP') &&
          input.Content!.Simple!.Subject!.Data!.includes(quarter),
      );
      const match = /\/evaluation-ratings\/([\w-]{26})\?t=([\w-]+)/.exec(
        mail?.Content!.Simple!.Body!.Text!.Data ?? '',
      );
      return match ? { id: match[1]!, token: match[2]! } : undefined;
    };
    const supervisorLink = linkFor('pfsup@test.example')!;
    expect(linkFor('pfother@test.example')).toBeDefined();
    expect(linkFor('pfmgr@test.example')).toBeUndefined();
    const page = await performance(
      'GET /evaluation-ratings/{id}',
      `/evaluation-ratings/${supervisorLink.id}`,
      {
        query: { t: supervisorLink.token },
      },
    );
    expect(page.status).toBe(200);
    const answer = (token: string, scores: Record<string, string>) =>
      performance('POST /evaluation-ratings/{id}/answer', `/evaluation-ratings/${supervisorLink.id}/answer`, {
        body: new URLSearchParams({ t: token, ...scores }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const fours = { attitude: '4', teamwork: '4', communication: '4', problemSolving: '4' };
    expect((await answer(supervisorLink.token, { ...fours, teamwork: '7' })).status).toBe(400);
    expect((await answer('forged', fours)).status).toBe(404);
    expect((await answer(supervisorLink.token, fours)).status).toBe(200);
    expect((await answer(supervisorLink.token, fours)).status).toBe(409);

    // Before the deadline nothing is graded; after it, once, with the peer's silence shared out.
    expect(
      (
        await fire(
          gradingJob,
          'evaluation-grading',
          new Date(Date.parse(waiting.ratingsDueAt) - 60_000).toISOString(),
        )
      ).counts.graded,
    ).toBe(0);
    const later = new Date(Date.parse(waiting.ratingsDueAt) + 60_000).toISOString();
    expect((await fire(gradingJob, 'evaluation-grading', later)).counts.graded).toBeGreaterThanOrEqual(1);
    expect(
      (await fire(gradingJob, 'evaluation-grading', new Date(Date.parse(later) + 60_000).toISOString()))
        .counts.graded,
    ).toBe(0);
    const graded = (
      await performance('GET /performance/{employeeId}/evaluations', '/performance/PFREP/evaluations', {
        caller: rep,
        query: { year },
      })
    ).body.items.find((item: { period: string }) => item.period === quarter);
    expect(graded).toMatchObject({
      status: 'graded',
      ratings: { asked: 2, answered: 1, byGroup: { supervisor: 1, peer: 0, customer: 0 } },
      qualitativeScore: 75,
    });
    // Composite: 70 % of the quantitative score, 30 % of the qualitative.
    expect(graded.compositeScore).toBe(Math.round(graded.quantitativeScore * 70 + 75 * 30) / 100);
    expect(['excellent', 'good', 'pass', 'fail']).toContain(graded.grade);
    expect(graded.proposals).toMatchObject({ reassignmentReview: false });
    expect(typeof graded.proposals.bonus).toBe('number');
    const { DEFAULT_PERFORMANCE_SETTINGS } = await import('../../functions/performance/settings.ts');
    expect(graded.proposals.payAdjustmentPercent).toBe(
      DEFAULT_PERFORMANCE_SETTINGS.payAdjustmentPercent[graded.grade as 'good'],
    );

    // The manager confirms or adjusts (a change needs a reason); the rep comments on their own.
    const evaluationPath = `/performance/evaluations/${quarter}/runs/${graded.run}/PFREP`;
    const decide = (who: Person, body: object) =>
      performance(
        'POST /performance/evaluations/{period}/runs/{run}/{employeeId}/decision',
        `${evaluationPath}/decision`,
        {
          caller: who,
          body,
        },
      );
    expect((await decide(rep, {})).status).toBe(403);
    expect((await decide(manager, { bonus: graded.proposals.bonus + 100_000 })).status).toBe(400);
    expect((await decide(manager, { payAdjustmentPercent: 60, reason: 'x' })).status).toBe(400);
    const decided = await decide(manager, {
      bonus: graded.proposals.bonus + 100_000,
      payAdjustmentPercent: 3,
      reason: 'Won the key account of the year',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({
      bonus: graded.proposals.bonus + 100_000,
      payAdjustmentPercent: 3,
      by: 'PFMGR',
    });
    const comment = (who: Person) =>
      performance(
        'POST /performance/evaluations/{period}/runs/{run}/{employeeId}/comments',
        `${evaluationPath}/comments`,
        {
          caller: who,
          body: { text: 'The second line was delayed by the customer' },
        },
      );
    expect((await comment(other)).status).toBe(403);
    expect((await comment(rep)).body.comments).toHaveLength(1);
    await path.settle();
    expect(
      sent().filter(
        (input) =>
          input.Destination!.ToAddresses![0] === 'pfrep@test.example' &&
          input.Content!.Simple!.Subject!.Data!.includes(`${quarter} 考核结果`),
      ),
    ).toHaveLength(1);
  });
});

describe('coaching plans (§5.4.3)', () => {
  it('a fail’s plan is due on its day: the manager and the supervisor are asked, and one of them records the review once', async () => {
    const { handler: gradingJob } = await import('../../functions/performance/evaluation-grading.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const { coachingPlanOf } = await import('../../functions/performance/consequence-rules.ts');
    const { coachingPlanWrites } = await import('../../functions/performance/store.ts');
    const { localDate, timeZone } = await import('../../functions/shared/calendar.ts');
    type Job = (e: unknown, c: unknown) => Promise<{ counts: Record<string, number> }>;
    const grading = (scheduledTime: string) =>
      (gradingJob as Job)({ scheduledTime }, lambdaContext('evaluation-grading', undefined, 300));
    const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    const list = (who: Person, status: string) =>
      performance('GET /coaching-plans', '/coaching-plans', { caller: who, query: { status } });

    // Every fail graded so far has its plan, open until its day.
    const quarter = `${year}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
    const graded = (
      await performance('GET /performance/evaluations/{period}', `/performance/evaluations/${quarter}`, {
        caller: manager,
      })
    ).body.evaluations.filter((item: { grade?: string }) => item.grade === 'fail');
    const open = (await list(manager, 'open')).body.items;
    for (const failed of graded)
      expect(open).toContainEqual(
        expect.objectContaining({ employeeId: failed.employeeId, period: quarter, status: 'open' }),
      );

    // Last year's fourth quarter: PFOTHER failed, the plan's day is today.
    const today = localDate(new Date(), timeZone());
    const period = `${Number(year) - 1}-Q4`;
    const plan = coachingPlanOf(
      {
        employeeId: 'PFOTHER',
        period,
        run: 1,
        proposals: {
          bonus: 0,
          promotionPriority: 'none',
          trainingNeeds: ['sales_skills'],
          coachingPlan: { goals: ['revenue: from 52 % to at least 80 % of target'], reviewOn: today },
          reassignmentReview: false,
        },
      },
      new Date().toISOString(),
    )!;
    await commit(coachingPlanWrites(undefined, plan, 'evaluation-grading'));
    ses.resetHistory();
    const first = await grading(new Date().toISOString());
    expect(first.counts.coachingDue).toBeGreaterThanOrEqual(1);
    expect((await grading(new Date().toISOString())).counts.coachingDue).toBe(0);
    await path.settle();
    const asked = sent()
      .filter((input) => input.Content!.Simple!.Subject!.Data!.includes(`（${period}）到期复核`))
      .map((input) => input.Destination!.ToAddresses![0])
      .sort();
    expect(asked).toEqual(['pfmgr@test.example', 'pfsup@test.example']);
    const due = (await list(manager, 'due')).body.items;
    expect(due).toContainEqual(expect.objectContaining({ employeeId: 'PFOTHER', period, status: 'due' }));
    // The rep sees their own plan, their supervisor their report's; another rep none of it.
    expect((await list(other, 'due')).body.items.map((item: { period: string }) => item.period)).toContain(
      period,
    );
    expect(
      (await list(supervisor, 'due')).body.items.map((item: { period: string }) => item.period),
    ).toContain(period);
    expect(
      (await list(rep, 'due')).body.items.some(
        (item: { employeeId: string }) => item.employeeId === 'PFOTHER',
      ),
    ).toBe(false);

    const review = (who: Person, body: object) =>
      performance(
        'POST /coaching-plans/{employeeId}/{period}/{run}/review',
        `/coaching-plans/PFOTHER/${period}/1/review`,
        { caller: who, body },
      );
    const notImproved = { outcome: 'not_improved', note: 'Revenue still at 55 % of target' };
    expect((await review(other, notImproved)).status).toBe(403);
    expect((await review(supervisor, { outcome: 'maybe', note: 'x' })).status).toBe(400);
    const reviewed = await review(supervisor, notImproved);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'reviewed',
      reassignmentReview: true,
      review: { outcome: 'not_improved', by: 'PFSUP' },
    });
    expect((await review(manager, { outcome: 'improved', note: 'x' })).status).toBe(409);
    expect((await list(manager, 'reviewed')).body.items).toContainEqual(
      expect.objectContaining({ employeeId: 'PFOTHER', period, reassignmentReview: true }),
    );
    expect(
      (
        await performance(
          'POST /coaching-plans/{employeeId}/{period}/{run}/review',
          `/coaching-plans/PFOTHER/${period}/2/review`,
          { caller: manager, body: notImproved },
        )
      ).status,
    ).toBe(404);
  });
});

describe('honours and awards (§5.4.2)', () => {
  it('are granted by the manager to others, told to the employee, and read by anyone', async () => {
    const grant = (who: Person, body: object, key?: string) =>
      performance('POST /awards', '/awards', {
        caller: who,
        body,
        ...(key ? { headers: { 'idempotency-key': key } } : {}),
      });
    const award = {
      employeeId: 'PFREP',
      period: `${Number(year) - 1}`,
      kind: 'cash_award',
      title: `${Number(year) - 1} 年度销售冠军`,
      reason: 'Revenue 132 % of target, two new key accounts',
      value: 500_000,
    };
    expect((await grant(rep, award)).status).toBe(403);
    expect((await grant(manager, { ...award, employeeId: 'PFMGR' })).status).toBe(403);
    expect((await grant(manager, { ...award, employeeId: 'NOBODY' })).status).toBe(404);
    expect((await grant(manager, { ...award, kind: 'certificate' })).status).toBe(400);
    ses.resetHistory();
    const granted = await grant(manager, award, 'award-pfrep-1');
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ ...award, currency: 'CNY', grantedBy: 'PFMGR' });
    // The same request again: the same award, not a second one.
    expect((await grant(manager, award, 'award-pfrep-1')).body).toEqual(granted.body);
    await path.settle();
    const told = ses
      .commandCalls(SendEmailCommand)
      .map((call) => call.args[0].input)
      .filter((input) => input.Destination!.ToAddresses![0] === 'pfrep@test.example');
    expect(told.map((input) => input.Content!.Simple!.Subject!.Data)).toEqual([
      `祝贺您获得「${award.title}」`,
    ]);

    const list = (query: Record<string, string>) =>
      performance('GET /awards', '/awards', { caller: other, query });
    expect((await list({ employeeId: 'PFREP' })).body.items).toEqual([granted.body]);
    expect((await list({ year: award.period })).body.items).toEqual([granted.body]);
    expect((await list({ year })).body.items).toEqual([]);
    expect((await list({})).status).toBe(400);
    expect((await list({ year, employeeId: 'PFREP' })).status).toBe(400);
  });
});
