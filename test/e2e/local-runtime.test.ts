import { execFile, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyPeriods } from '../../local/demo-history.ts';
import { localIssuer } from '../../local/issuer.ts';
import { localDate, timeZone } from '../../functions/shared/calendar.ts';
import { findDemoEmployee } from '../../local/demo-data.ts';
import { completeSigning, signedScanThroughApi } from '../support/documents.ts';
import { answer, type CapturedEmail, localRuntime } from '../support/runtime.ts';

/** Starts the local runtime the way `npm start` does and drives it over HTTP with issued tokens. */
// ID tokens of 75 s from the sign-in provider: a page refreshes one a minute before it expires.
process.env.SIGN_IN_ID_TOKEN_TTL = '75';
const runtime = localRuntime('sales-e2e-');
const { api, client, token, job, inbox, inbound, dataDir } = runtime;
const ROOT = join(import.meta.dirname, '../..');
const DAY = 86_400_000;
/** A day counted from today (UTC), so the walk works on the day it runs. */
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

// The first contract review's StartExecution fails (all the SDK's attempts): it must start anyway.
beforeAll(() => runtime.start({ LOCAL_SFN_FAULTS: 'StartExecution:3' }));

afterAll(() => runtime.remove());

describe('the demo company on first start', () => {
  const thisYear = new Date().getUTCFullYear();
  /** The latest quarter the history evaluated and graded. */
  const lastQuarter = () => historyPeriods(new Date()).quarters.at(-1)!;

  it('has two years of history made through the domains: every report shows something, and nobody was emailed about it', async () => {
    const manager = await token('--role', 'sales_manager');
    const finance = await token('--role', 'finance');
    // Nothing has run yet but the start: the history's events were all past the message horizon.
    expect(await inbox(0)).toEqual([]);

    const lastYear = await answer(
      client(manager).GET('/reports/sales', {
        params: { query: { period: String(thisYear - 1), by: 'month' } },
      }),
    );
    expect(lastYear.status).toBe(200);
    expect(lastYear.body.rows).toHaveLength(12);
    // Revenue in (nearly) every month: orders complete on their own dates, not in a batch.
    expect(
      lastYear.body.rows.filter((row: { revenue: number }) => row.revenue > 0).length,
    ).toBeGreaterThanOrEqual(11);
    expect(lastYear.body.total.lastYear).toBeGreaterThan(0);
    const byRep = await answer(
      client(manager).GET('/reports/sales', { params: { query: { period: String(thisYear) } } }),
    );
    const reps = byRep.body.rows.filter((row: { target?: number }) => row.target !== undefined);
    expect(reps.length).toBeGreaterThanOrEqual(4);
    expect(
      reps.every((row: { revenue: number; lastYear: number }) => row.revenue > 0 && row.lastYear > 0),
    ).toBe(true);

    // A completed order is a whole record: its contract, its accepted quote, its payments.
    const orders = await answer(
      client(manager).GET('/orders', { params: { query: { status: 'completed', limit: 5 } } }),
    );
    expect(orders.body.items.length).toBe(5);
    const order = (
      await answer(client(manager).GET('/orders/{id}', { params: { path: { id: orders.body.items[0].id } } }))
    ).body;
    expect(
      (await answer(client(manager).GET('/contracts/{id}', { params: { path: { id: order.contractId } } })))
        .body.status,
    ).toBe('effective');
    expect(
      (await answer(client(manager).GET('/quotes/{id}', { params: { path: { id: order.quoteId } } }))).body
        .status,
    ).toBe('accepted');
    expect(order.timeline.map((entry: { what: string }) => entry.what)).toContain('payment-recorded');

    const aging = await answer(client(finance).GET('/receivables/aging'));
    const buckets = aging.body.currencies[0].buckets as Record<string, number>;
    expect(Object.values(buckets).filter((amount) => amount > 0).length).toBeGreaterThanOrEqual(3);

    const paid = await answer(
      client(finance).GET('/expenses/claims', { params: { query: { status: 'paid', limit: 5 } } }),
    );
    expect(paid.body.items).toHaveLength(5);

    const evaluations = await answer(
      client(manager).GET('/performance/evaluations/{period}', {
        params: { path: { period: lastQuarter() } },
      }),
    );
    expect(evaluations.body.runs[0].status).toBe('evaluated');
    expect(evaluations.body.evaluations.length).toBeGreaterThanOrEqual(4);
    expect(
      evaluations.body.evaluations.every(
        (evaluation: { status: string; grade?: string }) =>
          evaluation.status === 'graded' && evaluation.grade,
      ),
    ).toBe(true);
    // The history's fails have their coaching plans (§5.4.3): open until the review day, then due.
    const plans = (
      await Promise.all(
        (['open', 'due', 'reviewed'] as const).map(
          async (status) =>
            (
              await answer(
                client(manager).GET('/coaching-plans', { params: { query: { status, limit: 100 } } }),
              )
            ).body.items as { employeeId: string; period: string; run: number; status: string }[],
        ),
      )
    ).flat();
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const history = await answer(
        client(manager).GET('/performance/{employeeId}/evaluations', {
          params: { path: { employeeId: plan.employeeId }, query: { year: plan.period.slice(0, 4) } },
        }),
      );
      expect(history.body.items).toContainEqual(
        expect.objectContaining({ period: plan.period, run: plan.run, grade: 'fail' }),
      );
    }
    const [first] = plans.filter((plan) => plan.status !== 'reviewed');
    const reviewed = await answer(
      client(manager).POST('/coaching-plans/{employeeId}/{period}/{run}/review', {
        params: { path: { employeeId: first!.employeeId, period: first!.period, run: String(first!.run) } },
        body: { outcome: 'improved', note: '复核：收入达成率回到 85 %' },
      }),
    );
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'reviewed', reassignmentReview: false });
    // The manager honours a rep for the last quarter (§5.4.2); anyone reads it.
    const liNa = findDemoEmployee({ email: 'li.na@hd-machinery.example' })!;
    const award = await answer(
      client(manager).POST('/awards', {
        body: {
          employeeId: liNa.id,
          period: lastQuarter(),
          kind: 'certificate',
          title: `${lastQuarter()} 新客户开发之星`,
          reason: '本季度新开发客户最多',
        },
      }),
    );
    expect(award.status).toBe(201);
    const honours = await answer(
      client(await token('li.na@hd-machinery.example')).GET('/awards', {
        params: { query: { employeeId: liNa.id } },
      }),
    );
    expect(honours.body.items).toContainEqual(award.body);

    // A rep records a competitor's price; the manager's summary of the month shows it (§2.2.3).
    const seen = await answer(
      client(await token('li.na@hd-machinery.example')).POST('/market-intelligence', {
        body: {
          kind: 'price',
          title: '济南锻压同型号报价',
          details: '比我们的目录价低 8 %，交期 30 天',
          region: '华东',
          observedOn: new Date().toISOString().slice(0, 10),
          competitor: { name: '济南锻压', product: 'J23-63' },
          price: { value: 4_200_000, currency: 'CNY' },
        },
      }),
    );
    expect(seen.status).toBe(201);
    const intel = await answer(
      client(manager).GET('/market-intelligence/summary', {
        params: { query: { period: new Date().toISOString().slice(0, 7) } },
      }),
    );
    expect(intel.body.competitors).toContainEqual(
      expect.objectContaining({ name: '济南锻压', regions: ['华东'] }),
    );

    // The manager's plan of last quarter, read beside the demo's figures (§2.1.1), and an analysis of it.
    const plan = await answer(
      client(manager).PUT('/sales-plans/{period}', {
        params: { path: { period: lastQuarter() } },
        body: {
          strategy: '巩固华东重点客户，开拓新能源行业',
          currency: 'CNY',
          goals: {
            revenue: 100_000_000,
            byRegion: [],
            byProduct: [],
            newCustomers: 5,
            marketsToEnter: ['新能源'],
          },
          actions: [{ action: '拜访三家新能源企业', ownerId: liNa.id, dueOn: day(10), done: false }],
        },
      }),
    );
    expect(plan.status).toBe(200);
    const tracked = await answer(
      client(await token('li.na@hd-machinery.example')).GET('/sales-plans/{period}', {
        params: { path: { period: lastQuarter() } },
      }),
    );
    expect(tracked.body.actuals.revenue.actual).toBeGreaterThan(0);
    const analysis = await answer(
      client(manager).POST('/sales-plans/{period}/analyses', {
        params: { path: { period: lastQuarter() } },
        body: { assessment: '收入超计划', problems: ['新客户不足'], measures: ['每月行业展会一次'] },
      }),
    );
    expect(analysis.body.figures).toEqual(tracked.body.actuals);

    // Li Na's trip to a customer (§2.3.5): sales admin books the train; her claim names the trip.
    const liNaToken = await token('li.na@hd-machinery.example');
    const visited = (await answer(client(liNaToken).GET('/customers', { params: { query: { limit: 1 } } })))
      .body.items[0];
    const trip = await answer(
      client(liNaToken).POST('/trips', {
        body: {
          destination: '青岛',
          startsOn: day(3),
          endsOn: day(4),
          purpose: '技术交流',
          customerIds: [visited.id],
        },
      }),
    );
    expect(trip.status).toBe(201);
    const booked = await answer(
      client(await token('--role', 'sales_admin')).POST('/trips/{id}/bookings', {
        params: { path: { id: trip.body.id } },
        body: { kind: 'train', details: 'G206 上海—青岛 二等座', cost: { value: 56_000, currency: 'CNY' } },
      }),
    );
    expect(booked.body.status).toBe('booked');
    const fare = await answer(
      client(liNaToken).POST('/expenses/claims', {
        body: { category: 'travel', amount: 5_600, date: day(3), reason: '高铁票', tripId: trip.body.id },
      }),
    );
    expect(fare.status).toBe(201);
    const shown = await answer(
      client(liNaToken).GET('/trips/{id}', { params: { path: { id: trip.body.id } } }),
    );
    expect(shown.body.claims.map((item: { id: string }) => item.id)).toEqual([fare.body.id]);
    expect((await answer(client(finance).GET('/coaching-plans'))).status).toBe(403);

    // The key accounts have bought for over three years: an appreciation event proposes them.
    const gathering = await answer(
      client(manager).POST('/appreciation-events', {
        body: { kind: 'customer_gathering', title: '年度客户答谢会', date: day(40), place: '上海' },
      }),
    );
    expect(gathering.status).toBe(201);
    const proposals = await answer(
      client(manager).GET('/appreciation-events/{id}/proposals', {
        params: { path: { id: gathering.body.id } },
      }),
    );
    expect(proposals.body.items.length).toBeGreaterThanOrEqual(3);

    // The classification found key, ordinary and small customers among the buyers.
    const customers = await answer(client(manager).GET('/customers', { params: { query: { limit: 100 } } }));
    const classes = new Set(customers.body.items.map((customer: { class: string | null }) => customer.class));
    expect([...classes]).toEqual(expect.arrayContaining(['A', 'B', 'C']));
  });
});

describe('public endpoints', () => {
  it('answers health, the OpenAPI document and the reference page without a token', async () => {
    expect((await answer(client().GET('/health'))).body).toEqual({ status: 'ok' });
    const openapi = await answer(client().GET('/openapi.json'));
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.body.paths)).toContain('/customers/{id}');
    const docs = await answer(client().GET('/docs', { parseAs: 'text' }));
    expect(docs.type).toContain('text/html');
    expect(docs.body).toContain('swagger-ui-bundle.js');
    const script = await answer(
      client().GET('/docs/{asset}', { params: { path: { asset: 'swagger-ui-bundle.js' } }, parseAs: 'text' }),
    );
    expect(script.status).toBe(200);
    expect(
      (await answer(client().GET('/docs/{asset}', { params: { path: { asset: 'package.json' } } }))).status,
    ).toBe(404);
  });
});

describe('authentication', () => {
  it('is 401 without a token, with a foreign signature and after expiry', async () => {
    expect((await answer(client().GET('/customers'))).status).toBe(401);
    const stranger = await localIssuer();
    const forged = await stranger.issue({ id: 'X', email: 'x@x.example', roles: ['sales_manager'] });
    expect((await answer(client(forged).GET('/customers'))).status).toBe(401);
    const shortLived = await token('--role', 'sales_manager', '--ttl', '1');
    await new Promise((resolveWait) => setTimeout(resolveWait, 2100));
    expect((await answer(client(shortLived).GET('/customers'))).status).toBe(401);
  });
  it('is 403 for a role that does not work with customers', async () => {
    const legal = await token('--role', 'legal');
    const response = await answer(client(legal).GET('/customers'));
    expect(response.status).toBe(403);
    expect(response.type).toBe('application/problem+json');
  });
});

describe('customers over HTTP', () => {
  it('runs the whole customer flow with the demo data', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const manager = await token('--role', 'sales_manager');

    const me = await answer(client(rep).GET('/employees/me'));
    expect(me.body).toMatchObject({ name: '李娜', roles: ['sales_rep'] });

    const mine = await answer(client(rep).GET('/customers', { params: { query: { limit: 100 } } }));
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((item: { ownerId: string }) => item.ownerId === me.body.id)).toBe(true);
    const all = await answer(client(manager).GET('/customers', { params: { query: { limit: 100 } } }));
    expect(all.body.items.length).toBeGreaterThanOrEqual(20);
    const foreign = all.body.items.find((item: { ownerId: string }) => item.ownerId !== me.body.id);
    expect(
      (await answer(client(rep).GET('/customers/{id}', { params: { path: { id: foreign.id } } }))).status,
    ).toBe(403);

    // Not what the document allows: sent as it is, past the generated client's types.
    const invalid = await api('/customers', { token: rep, body: { name: '', source: 'tv' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'industry',
      'name',
      'region',
      'source',
    ]);

    const body = {
      name: '青岛海润机电有限公司',
      industry: 'electronics',
      region: '华东',
      source: 'referral' as const,
    };
    const created = await answer(
      client(rep).POST('/customers', { body, headers: { 'idempotency-key': 'e2e-create-1' } }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/customers/${created.body.id}`);
    const repeated = await answer(
      client(rep).POST('/customers', { body, headers: { 'idempotency-key': 'e2e-create-1' } }),
    );
    expect(repeated.body.id).toBe(created.body.id);
    expect((await answer(client(rep).POST('/customers', { body }))).status).toBe(409);

    expect(
      (
        await answer(
          client(rep).GET('/customers/{id}', { params: { path: { id: '01J0000000000000000000000Z' } } }),
        )
      ).status,
    ).toBe(404);

    const read = await answer(
      client(rep).GET('/customers/{id}', { params: { path: { id: created.body.id } } }),
    );
    // Without If-Match first (428): past the generated client's types, which require it.
    const patch = (etag?: string) =>
      answer(
        client(rep).PATCH('/customers/{id}', {
          params: { path: { id: created.body.id }, header: { 'If-Match': etag ?? '' } },
          body: { status: 'active' },
          headers: { 'content-type': 'application/merge-patch+json' },
        }),
      );
    expect((await patch()).status).toBe(428);
    expect((await patch('"99"')).status).toBe(412);
    const patched = await patch(read.headers.get('etag')!);
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');

    const contact = await answer(
      client(rep).POST('/customers/{id}/contacts', {
        params: { path: { id: created.body.id } },
        body: { name: '周海', phone: '+86 532 8888 0000', birthday: '10-01' },
      }),
    );
    expect(contact.status).toBe(201);
    const interaction = await answer(
      client(rep).POST('/customers/{id}/interactions', {
        params: { path: { id: created.body.id } },
        body: {
          channel: 'visit',
          occurredAt: new Date(Date.now() - 2 * DAY).toISOString(),
          summary: '工厂参观',
          contactId: contact.body.id,
        },
      }),
    );
    expect(interaction.status).toBe(201);
    const timeline = await answer(
      client(rep).GET('/customers/{id}/interactions', { params: { path: { id: created.body.id } } }),
    );
    expect(timeline.body.items[0].id).toBe(interaction.body.id);
  });

  it('answers unknown routes like API Gateway does', async () => {
    const response = await api('/no-such-route');
    expect(response.status).toBe(404);
  });
});

describe('the team over HTTP (§2.1.2)', () => {
  it('files a new rep in a team, moves her, and when she leaves her customers go to the successor', async () => {
    const manager = await token('--role', 'sales_manager');
    const successor = await token('li.na@hd-machinery.example');
    const successorId = (await answer(client(successor).GET('/employees/me'))).body.id;
    const team = (await answer(client(manager).GET('/employees', { params: { query: { limit: 100 } } }))).body
      .items;
    const supervisor = team.find((person: { roles: string[] }) => person.roles.includes('supervisor'));
    const joined = await answer(
      client(manager).POST('/employees', {
        body: {
          name: '孙悦',
          email: 'sun.yue@hd-machinery.example',
          roles: ['sales_rep'],
          supervisorId: supervisor.id,
        },
      }),
    );
    expect(joined.status).toBe(201);
    const id: string = joined.body.id;
    const moved = await api(`/employees/${id}`, {
      token: manager,
      method: 'PATCH',
      body: { title: '销售代表' },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
    });
    expect(moved.status).toBe(200);
    // A customer of hers, given by the manager.
    const customer = (await answer(client(manager).GET('/customers', { params: { query: { limit: 1 } } })))
      .body.items[0];
    const given = await api(`/customers/${customer.id}`, {
      token: manager,
      method: 'PATCH',
      body: { ownerId: id },
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${customer.version}"` },
    });
    expect(given.status).toBe(200);

    const left = await answer(
      client(manager).POST('/employees/{id}/leave', {
        params: { path: { id } },
        body: { successorId, reason: '家庭原因' },
      }),
    );
    expect(left.body).toMatchObject({ status: 'left', successorId });
    const taken = await eventuallyValue(async () => {
      const now = await answer(
        client(manager).GET('/customers/{id}', { params: { path: { id: customer.id } } }),
      );
      return now.body.ownerId === successorId ? now.body : undefined;
    });
    expect(taken.ownerId).toBe(successorId);
    const history = (await answer(client(manager).GET('/employees/{id}', { params: { path: { id } } }))).body
      .history;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      'created',
      'updated',
      'updated',
    ]);
  });
});

describe('the internal audit of expenses over HTTP (R-6.6)', () => {
  it('samples last quarter’s demo claims by the published rule, takes findings and answers, and mails the report', async () => {
    const auditor = await token('--role', 'auditor');
    const manager = await token('--role', 'sales_manager');
    const month = Number(day(0).slice(5, 7));
    const year = Number(day(0).slice(0, 4));
    const quarter = Math.ceil(month / 3);
    const period = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
    const start = Math.floor(Date.now() / 1000);
    const opened = await answer(client(auditor).POST('/expense-audits', { body: { period } }));
    expect(opened.status).toBe(201);
    expect(opened.body.population).toBeGreaterThan(0);
    const report = await answer(
      client(auditor).GET('/expense-audits/{period}', { params: { path: { period } } }),
    );
    const [first, ...rest] = report.body.findings;
    expect(first.reasons.length).toBeGreaterThan(0);
    const path = { period, claimId: first.claimId };
    const found = await answer(
      client(auditor).PUT('/expense-audits/{period}/findings/{claimId}', {
        params: { path },
        body: {
          outcome: 'finding',
          severity: 'medium',
          observation: '招待对象未写明',
          requestedAction: '补充招待对象与事由',
        },
      }),
    );
    expect(found.status).toBe(200);
    const people = (await answer(client(manager).GET('/employees', { params: { query: { limit: 100 } } })))
      .body.items;
    const claimant = people.find((person: { id: string }) => person.id === first.claimantId);
    const answered = await answer(
      client(await token(claimant.email)).POST('/expense-audits/{period}/findings/{claimId}/responses', {
        params: { path },
        body: { text: '已补充：宴请华东电力采购部' },
      }),
    );
    expect(answered.body.claimantResponse.text).toBe('已补充：宴请华东电力采购部');
    for (const finding of rest)
      await answer(
        client(auditor).PUT('/expense-audits/{period}/findings/{claimId}', {
          params: { path: { period, claimId: finding.claimId } },
          body: { outcome: 'compliant' },
        }),
      );
    const since = Math.floor(Date.now() / 1000);
    const closed = await answer(
      client(auditor).POST('/expense-audits/{period}/close', {
        params: { path: { period } },
        body: { conclusion: '抽查报销基本合规。' },
      }),
    );
    expect(closed.body.summary).toMatchObject({
      findings: { medium: 1 },
      awaitingClaimant: 0,
      awaitingManager: 1,
    });
    // The audit's own trail: opened, then closed, each change with the request it came from.
    const trail = await answer(
      client(auditor).GET('/audit', { params: { query: { type: 'expense-audit', id: period, limit: 100 } } }),
    );
    const ofAudit = trail.body.items.filter(
      (entry: { resourceType: string }) => entry.resourceType === 'ExpenseAudit',
    );
    expect(ofAudit.map((entry: { action: string }) => entry.action)).toEqual(['created', 'updated']);
    expect(ofAudit[1].changes.status).toEqual({ from: 'open', to: 'closed' });
    expect(
      ofAudit.every((entry: { correlationId?: string }) => typeof entry.correlationId === 'string'),
    ).toBe(true);
    expect(
      trail.body.items.some(
        (entry: { resourceType: string; resourceId: string }) =>
          entry.resourceType === 'AuditFinding' && entry.resourceId === `${period}/${first.claimId}`,
      ),
    ).toBe(true);
    // The report reaches the general manager, the sales manager and finance.
    const reports = await eventuallyValue(async () => {
      const mails = (await inbox(since)).filter((email) => email.body.text!.includes('抽查报销基本合规。'));
      return mails.length === 3 ? mails : undefined;
    });
    expect(reports.map((email) => email.destination.to[0]).sort()).toEqual([
      'sun.li@hd-machinery.example',
      'wang.qiang@hd-machinery.example',
      'zhou.jun@hd-machinery.example',
    ]);
    expect(reports[0]!.subject).toContain(`${period} 费用审计报告`);
    // Every email of the audit has gone out (the tests after this one count theirs): the auditor's
    // sample, the finding to the claimant and to the sales manager, and the three reports.
    // The claimant's finding comes in the claimant's language (the demo has one English-speaking rep).
    const findingSubject = claimant.locale === 'en' ? 'Audit finding' : '审计发现问题';
    await eventuallyValue(async () => {
      const mails = await inbox(start);
      const has = (to: string, text: string) =>
        mails.some((email) => email.destination.to[0] === to && email.subject.includes(text));
      return has('xu.jing@hd-machinery.example', `${period} 费用审计`) &&
        has(claimant.email, findingSubject) &&
        has('wang.qiang@hd-machinery.example', '审计发现问题')
        ? true
        : undefined;
    });
  });
});

describe('scheduled jobs through npm run job and the SES inbox', () => {
  it('sends holiday greetings in each contact’s language, once', async () => {
    const since = Math.floor(Date.now() / 1000);
    const first = await job('care-messages', '--at', '2026-09-25T09:00:00+08:00');
    expect(first.outcome).toBe('succeeded');
    expect(first.counts.holidayGreetings).toBeGreaterThan(20);
    // The customers' mail (the inbox's clock has whole seconds: colleagues' mail of the test
    // before may share the first one).
    const toCustomers = async () =>
      (await inbox(since)).filter((email) => !email.destination.to[0]!.endsWith('@hd-machinery.example'));
    const emails = await toCustomers();
    expect(emails).toHaveLength(first.counts.holidayGreetings!);
    const english = emails.filter((email) => email.destination.to[0]!.includes('customer-2'));
    expect(english.length).toBeGreaterThan(0);
    const byLanguage = (email: CapturedEmail) =>
      /Mid-Autumn/.test(email.subject) ? 'en' : /中秋节/.test(email.subject) ? 'zh-CN' : '?';
    expect(new Set(emails.map(byLanguage))).toEqual(new Set(['en', 'zh-CN']));
    // Overseas contacts (customers 21 to 24) are the English ones; replies go to their rep.
    for (const email of emails.filter((candidate) =>
      /customer-2[1-4]\./.test(candidate.destination.to[0]!),
    )) {
      expect(byLanguage(email)).toBe('en');
      expect(email.replyTo).toEqual(['emily.carter@hd-machinery.example']);
    }
    const again = await job('care-messages', '--at', '2026-09-25T09:30:00+08:00');
    expect(again.counts).toMatchObject({ holidayGreetings: 0, alreadySent: first.counts.holidayGreetings });
    expect(await toCustomers()).toHaveLength(first.counts.holidayGreetings!);
  });

  it('mails each rep a revisit digest whose links open the revisits, and reminds her of a follow-up due today', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    // The company's day (Asia/Shanghai), which the job and the rule read.
    const today = localDate(new Date(), timeZone());
    const call = await answer(
      client(rep).POST('/customers/{id}/interactions', {
        params: { path: { id: customer.id } },
        body: {
          channel: 'call',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          summary: '询问样机到货时间',
          nextFollowUp: today,
        },
      }),
    );
    expect(call.status).toBe(201);
    const open = await answer(client(rep).GET('/follow-ups', { params: { query: { status: 'open' } } }));
    expect(open.body.items).toContainEqual(expect.objectContaining({ id: call.body.id, dueOn: today }));
    const since = Math.floor(Date.now() / 1000);
    const planned = await job('revisit-planning');
    expect(planned.outcome).toBe('succeeded');
    expect(planned.counts.opened).toBeGreaterThan(0);
    const digests = (await inbox(since)).filter(
      (email) => email.destination.to[0] === 'li.na@hd-machinery.example',
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/^回访提醒.*今日跟进 1 个/);
    expect(digests[0]!.body.text).toContain(`询问样机到货时间`);
    const link = /(http:\/\/\S+\/revisits\/[0-9A-Z]{26})/.exec(digests[0]!.body.text!)![1]!;
    expect(digests[0]!.body.html).toContain(`href="${link}"`);
    const revisit = await fetch(link, { headers: { authorization: `Bearer ${rep}` } });
    expect(revisit.status).toBe(200);
    const opened = (await revisit.json()) as { ownerId: string; status: string };
    expect(opened).toMatchObject({ status: 'open' });
    // Each revisit opened today is a day in its rep's calendar, attached to the digest.
    const entries = (await inbox(since)).flatMap((email) =>
      (email.attachments ?? [])
        .filter((item) => item.contentType.startsWith('text/calendar; method=REQUEST'))
        .map((item) => ({
          to: email.destination.to[0],
          file: item.filename,
          text: Buffer.from(item.content, 'base64').toString('utf8'),
        })),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(planned.counts.opened!);
    for (const entry of entries.filter((item) => item.to === 'li.na@hd-machinery.example')) {
      const id = /^revisit-([0-9A-Z]{26})\.ics$/.exec(entry.file)![1]!;
      const read = (await (
        await fetch(link.replace(/[0-9A-Z]{26}$/, id), { headers: { authorization: `Bearer ${rep}` } })
      ).json()) as { dueOn: string };
      expect(read).toMatchObject({ status: 'open', ownerId: opened.ownerId });
      expect(entry.text).toContain(`DTSTART;VALUE=DATE:${read.dueOn.replaceAll('-', '')}`);
    }
    const other = await token('chen.jie@hd-machinery.example');
    expect((await fetch(link, { headers: { authorization: `Bearer ${other}` } })).status).toBe(403);
  });

  it('lists the jobs and refuses unknown ones', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['local/job.ts', '--list'], { cwd: ROOT });
    expect(stdout).toContain('care-messages');
    await expect(job('no-such-job')).rejects.toThrow();
  });
});

describe('the sales process over HTTP, with the contract review on the local Step Functions endpoint', () => {
  it('opportunity, quote, counter-offer, acceptance, contract, review, signing, order review, production, two shipments, the customer’s receipt link with a problem that becomes a service ticket (visited, solved, rated), purchases and classification', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const admin = await token('--role', 'sales_admin');
    const legal = await token('--role', 'legal');
    const json = (body: unknown, method = 'POST', extra: Record<string, string> = {}) => ({
      body,
      method,
      headers: extra,
    });
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const product = await answer(
      client(admin).POST('/products', {
        body: {
          name: '立式加工中心',
          model: 'VMC850',
          unit: '台',
          listPrice: { value: 38_000_000, currency: 'CNY' },
          standardCost: { value: 29_000_000, currency: 'CNY' },
        },
      }),
    );
    expect(product.status).toBe(201);
    const opportunity = await answer(
      client(rep).POST('/opportunities', {
        body: {
          customerId: customer.id,
          title: '2027 扩产',
          expectedValue: { value: 76_000_000, currency: 'CNY' },
          expectedCloseDate: day(60),
        },
      }),
    );
    expect(opportunity.body.stage).toBe('identified');
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const terms = (discount: number) => ({
      currency: 'CNY',
      lines: [{ productId: product.body.id, quantity: 2, discountBasisPoints: discount }],
      deliveryDate: day(150),
      paymentTerms: '30% 预付，70% 发货前付清',
      afterSalesTerms: '一年保修，48 小时内上门',
      validUntil: until,
    });
    const quote = await answer(
      client(rep).POST('/quotes', {
        body: { customerId: customer.id, opportunityId: opportunity.body.id, terms: terms(0) },
      }),
    );
    expect(quote.body.revision.total).toBe(76_000_000);
    const revision = await answer(
      client(rep).POST('/quotes/{id}/revisions', {
        params: { path: { id: quote.body.id } },
        body: terms(300),
      }),
    );
    expect(revision.body).toMatchObject({ revision: 2, total: 73_720_000 });
    await sendToBuyer(rep, customer.id, quote.body.id);
    expect(
      (
        await answer(
          client(rep).POST('/quotes/{id}/accept', {
            params: { path: { id: quote.body.id } },
            body: { revision: 2 },
          }),
        )
      ).body.status,
    ).toBe('accepted');
    // Won only by a signed contract, not by hand.
    expect(
      (
        await answer(
          client(rep).POST('/opportunities/{id}/stage', {
            params: { path: { id: opportunity.body.id } },
            body: { stage: 'won' },
          }),
        )
      ).status,
    ).toBe(409);

    const contract = await answer(
      client(rep).POST('/contracts', {
        body: {
          quoteId: quote.body.id,
          qualityStandard: 'GB/T 18400 加工中心检验条件',
          breachLiability: '逾期交货按日 0.05% 支付违约金',
        },
      }),
    );
    expect(contract.status).toBe(201);
    const since = Math.floor(Date.now() / 1000);
    const submitted = await answer(
      client(rep).POST('/contracts/{id}/submit', { params: { path: { id: contract.body.id } } }),
    );
    expect(submitted.status).toBe(202);
    // Its first StartExecution failed (an injected fault); the event path tried again.
    await eventuallyValue(async () =>
      /Injected fault: StartExecution/.test(runtime.output) ? true : undefined,
    );

    // The manager approves from the link in the email.
    const managerMail = await eventuallyMail(since, 'wang.qiang@hd-machinery.example');
    const link = /(http:\/\/\S+\/approvals\/\w{26}\?t=[\w-]+)/.exec(managerMail.body.text!)![1]!;
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    const form = new URLSearchParams({
      t: new URL(link).searchParams.get('t')!,
      decision: 'approve',
      comment: '',
    });
    expect(html).toContain('name="decision" value="approve"');
    const decided = await fetch(link.split('?')[0] + '/decision', {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(decided.status).toBe(200);
    expect(await decided.text()).toContain('已同意'); // the manager reads Chinese

    // Legal approves through the API with a token.
    const pending = await eventuallyValue(
      async () => (await answer(client(legal).GET('/approvals'))).body.items[0],
    );
    const legalDecision = await answer(
      client(legal).POST('/approvals/{id}/decision', {
        params: { path: { id: pending.id } },
        body: { decision: 'approve', comment: '合同条款合规' },
      }),
    );
    expect(legalDecision.status).toBe(200);

    const approved = await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/contracts/{id}', { params: { path: { id: contract.body.id } } }),
      );
      return read.body.status === 'approved' ? read.body : undefined;
    });
    expect(
      approved.reviews.map(
        (review: { step: string; decision: string }) => `${review.step}:${review.decision}`,
      ),
    ).toEqual(['sales-manager-review:approve', 'legal-review:approve']);
    const signed = await answer(
      client(rep).POST('/contracts/{id}/sign', {
        params: { path: { id: contract.body.id } },
        body: {
          ...completeSigning(await signedScanThroughApi(client(rep), customer.id), day(0)),
          customerSignatory: '钱总',
        },
      }),
    );
    expect(signed.body.status).toBe('effective');
    // The signature's event wins the opportunity and makes the order.
    await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/opportunities/{id}', { params: { path: { id: opportunity.body.id } } }),
      );
      return read.body.stage === 'won' ? true : undefined;
    });
    const order = await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/orders/{id}', { params: { path: { id: contract.body.id } } }),
      );
      return read.status === 200 ? read.body : undefined;
    });
    expect(order).toMatchObject({ status: 'under_review', contractId: contract.body.id, total: 73_720_000 });
    expect(order.timeline.map((entry: { what: string }) => entry.what)).toEqual(['created']);
    // The sent quotations and the signed contract are archived as PDFs among the customer's documents.
    for (const type of ['quote', 'contract'] as const)
      expect(
        await eventuallyValue(async () => {
          const found = await answer(
            client(rep).GET('/documents', { params: { query: { customerId: customer.id, type: type } } }),
          );
          return found.body.items?.length ? found.body.items[0] : undefined;
        }),
      ).toMatchObject({ type, contentType: 'application/pdf', author: customer.ownerId });

    // Sales admin passes the order from the emailed link; production, logistics and the customer follow.
    const orderId = contract.body.id as string;
    const orderLink = await approvalLinkFor(since, 'liu.fang@hd-machinery.example', orderId);
    const passed = await decideFromPage(orderLink, 'approve');
    expect(passed.status).toBe(200);
    const orderIs = (status: string) =>
      eventuallyValue(async () => {
        const read = await answer(client(rep).GET('/orders/{id}', { params: { path: { id: orderId } } }));
        return read.body.status === status ? read.body : undefined;
      });
    await orderIs('awaiting_production');
    const production = await token('--role', 'production');
    const logistics = await token('--role', 'logistics');
    const step = (path: string, who: string, body: unknown = {}) =>
      api(`/orders/${orderId}${path}`, { token: who, ...json(body) });
    expect((await step('/production/acceptance', production, { plannedCompletion: day(45) })).status).toBe(
      200,
    );
    expect((await step('/production/completion', production)).status).toBe(200);
    const lines = order.lines.map((line: { quantity: number }, index: number) => ({
      line: index,
      quantity: line.quantity,
    }));
    // Two shipments: one unit of the first line, then the rest.
    const firstPart = [{ line: 0, quantity: 1 }];
    const rest = lines
      .map((line: { line: number; quantity: number }) => ({
        ...line,
        quantity: line.line === 0 ? line.quantity - 1 : line.quantity,
      }))
      .filter((line: { quantity: number }) => line.quantity > 0);
    const shipment = (parts: unknown, tracking: string) =>
      step('/shipments', logistics, {
        lines: parts,
        carrier: '顺丰速运',
        trackingNumber: tracking,
        shippedOn: day(0),
      });
    expect((await shipment(firstPart, 'SF7001')).status).toBe(201);
    expect((await shipment(rest, 'SF7002')).status).toBe(201);
    // The customer's contact gets the last shipment's email with the receipt link, and confirms.
    const receiptMail = await eventuallyValue(async () =>
      (await inbox(since)).find(
        (email) =>
          /\/receipts\/\w{26}\?t=/.test(email.body.text ?? '') && email.body.text!.includes('SF7002'),
      ),
    );
    const receiptLink = /(http:\/\/\S+\/receipts\/\w{26}\?t=[\w-]+)/.exec(receiptMail.body.text!)![1]!;
    const amountNow = async () =>
      (
        await answer(
          client(rep).GET('/customers/{id}/classification', { params: { path: { id: customer.id } } }),
        )
      ).body.reasons.find((reason: { factor: string }) => reason.factor === 'amount')?.value ?? 0;
    await job('customer-classification', '--at', new Date(Date.now() - 60_000).toISOString());
    const amountBefore = await amountNow();
    const receiptPage = await fetch(receiptLink);
    expect(receiptPage.status).toBe(200);
    const confirmed = await fetch(receiptLink.split('?')[0] + '/confirmation', {
      method: 'POST',
      body: new URLSearchParams({
        t: new URL(receiptLink).searchParams.get('t')!,
        receivedOn: day(0),
        problem: 'damage',
        description: '一台机床防护罩运输中压坏',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(confirmed.status).toBe(200);
    // The receipt problem is a service ticket for logistics; after-sales visits, the ticket is
    // solved, which resolves the order's receipt issue, and the customer rates the service.
    const ticket = await eventuallyValue(async () =>
      (
        await answer(client(rep).GET('/tickets', { params: { query: { customerId: customer.id } } }))
      ).body.items.find((candidate: { orderId?: string }) => candidate.orderId === orderId),
    );
    expect(ticket).toMatchObject({
      source: 'receipt',
      category: 'transport_damage',
      department: 'logistics',
    });
    const technician = await token('--role', 'technician');
    const technicianId = (await answer(client(technician).GET('/employees/me'))).body.id;
    expect(
      (
        await answer(
          client(admin).POST('/tickets/{id}/visits', {
            params: { path: { id: ticket.id } },
            body: { technicianId, plannedFor: new Date(Date.now() + DAY).toISOString() },
          }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await answer(
          client(technician).POST('/tickets/{id}/visits/{number}/report', {
            params: { path: { id: ticket.id, number: '1' } },
            body: {
              workDone: '更换防护罩，试机正常',
              partsUsed: [{ part: '防护罩 VMC850', quantity: 1 }],
              outcome: 'solved',
            },
          }),
        )
      ).status,
    ).toBe(200);
    const solved = await answer(
      client(technician).POST('/tickets/{id}/solution', {
        params: { path: { id: ticket.id } },
        body: {
          problem: '运输中防护罩压坏',
          cause: '包装未加护角',
          solution: '上门更换防护罩；发货包装增加护角',
        },
      }),
    );
    expect(solved.status).toBe(200);
    const ratingMail = await eventuallyValue(async () =>
      (await inbox(since)).find((email) => email.body.text?.includes(`/ratings/${ticket.id}?t=`)),
    );
    const ratingLink = /(http:\/\/\S+\/ratings\/\w{26}\?t=[\w-]+)/.exec(ratingMail.body.text!)![1]!;
    expect((await fetch(ratingLink)).status).toBe(200);
    const rated = await fetch(ratingLink.split('?')[0] + '/answer', {
      method: 'POST',
      body: new URLSearchParams({
        t: new URL(ratingLink).searchParams.get('t')!,
        score: '5',
        comment: '处理及时',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(rated.status).toBe(200);
    expect(
      (await answer(client(rep).GET('/tickets/{id}', { params: { path: { id: ticket.id } } }))).body.rating,
    ).toMatchObject({ score: 5 });
    // The same email, like every one to a contact, ends with the contact's write-to-us link: a
    // complaint sent through it is filed for the contact's customer, once.
    const writeLink = /(http:\/\/\S+\/contact-messages\/\w{26}\?t=[\w-]+)/.exec(ratingMail.body.text!)![1]!;
    expect((await fetch(writeLink)).status).toBe(200);
    const writeToUs = () =>
      fetch(writeLink.split('?')[0] + '/send', {
        method: 'POST',
        body: new URLSearchParams({
          t: new URL(writeLink).searchParams.get('t')!,
          kind: 'complaint',
          severity: 'medium',
          message: '第二批货的说明书缺页',
        }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await writeToUs()).status).toBe(200);
    expect((await writeToUs()).status).toBe(409);
    const written = (
      await answer(client(rep).GET('/complaints', { params: { query: { customerId: customer.id } } }))
    ).body.items.filter((complaint: { content: string }) => complaint.content.includes('说明书缺页'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ status: 'open', contactId: ticket.contactId });
    const completed = await orderIs('completed');
    expect(completed.shipments).toHaveLength(2);
    // The completed order's email gives the contact a link to report problems; a report opens a
    // ticket, and its acknowledgement carries a fresh link (the used one no longer works).
    const serviceLinkIn = (mail: CapturedEmail | undefined) =>
      mail && /(http:\/\/\S+\/service-requests\/\w{26}\?t=[\w-]+)/.exec(mail.body.text ?? '')?.[1];
    const serviceLink = await eventuallyValue(async () =>
      serviceLinkIn(
        (await inbox(since)).find((email) => email.body.text?.includes(`/service-requests/${orderId}?t=`)),
      ),
    );
    const reportForm = await fetch(serviceLink);
    expect(reportForm.status).toBe(200);
    expect(await reportForm.text()).toContain('VMC850');
    const reportProblem = (link: string) =>
      fetch(link.split('?')[0] + '/report', {
        method: 'POST',
        body: new URLSearchParams({
          t: new URL(link).searchParams.get('t')!,
          line: '1',
          category: 'malfunction',
          severity: 'high',
          description: '主轴温升过高',
        }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await reportProblem(serviceLink)).status).toBe(200);
    expect((await reportProblem(serviceLink)).status).toBe(409);
    const reported = await eventuallyValue(async () =>
      (
        await answer(client(rep).GET('/tickets', { params: { query: { customerId: customer.id } } }))
      ).body.items.find((candidate: { source: string }) => candidate.source === 'customer-link'),
    );
    expect(reported).toMatchObject({ orderId, category: 'malfunction', product: { model: 'VMC850' } });
    const freshLink = await eventuallyValue(async () =>
      serviceLinkIn(
        (await inbox(since)).find(
          (email) =>
            email.body.text?.includes(reported.id.slice(-8)) &&
            email.body.text.includes('/service-requests/'),
        ),
      ),
    );
    expect(freshLink).not.toBe(serviceLink);
    expect((await fetch(freshLink)).status).toBe(200);
    // The completed order is the customer's purchase, and the classification job counts it.
    const purchases = await eventuallyValue(async () => {
      const read = await answer(
        client(admin).GET('/customers/{id}/purchases', { params: { path: { id: customer.id } } }),
      );
      const fromOrder = read.body.items.filter((item: { note?: string }) => item.note === `Order ${orderId}`);
      return fromOrder.length > 0 ? fromOrder : undefined;
    });
    expect(
      purchases.reduce((sum: number, item: { amount: { value: number } }) => sum + item.amount.value, 0),
    ).toBe(73_720_000);
    // A firing of its own (each firing runs once): this moment, to the millisecond.
    const classified = await job('customer-classification', '--at', new Date().toISOString());
    expect(classified.outcome).toBe('succeeded');
    // The trailing 12 months' amount (minor units) now includes the order.
    expect((await amountNow()) - amountBefore).toBe(73_720_000);
  });
});

/** Files a buying contact for the customer and sends it the quote's current revision (it accepts only what it was sent). */
async function sendToBuyer(token: string, customerId: string, quoteId: string) {
  const buyer = await answer(
    client(token).POST('/customers/{id}/contacts', {
      params: { path: { id: customerId } },
      body: { name: '采购部', email: `buyer-${quoteId.slice(-6).toLowerCase()}@customer.example` },
    }),
  );
  expect(
    (
      await answer(
        client(token).POST('/quotes/{id}/send', {
          params: { path: { id: quoteId } },
          body: { contactId: buyer.body.id },
        }),
      )
    ).status,
  ).toBe(200);
}

/** A one-line quote for one unit of a product, valid for 30 days. */
const oneLineQuote = (token: string, customerId: string, productId: string) =>
  answer(
    client(token).POST('/quotes', {
      body: {
        customerId,
        terms: {
          currency: 'CNY',
          lines: [{ productId, quantity: 1 }],
          deliveryDate: day(150),
          paymentTerms: '30/70',
          afterSalesTerms: '1 year',
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    }),
  );

/** Attaches a receipt to a claim and uploads the file to the presigned URL, as a client does. */
async function attachReceipt(token: string, claimId: string, fileName: string) {
  const invoice = Buffer.from('%PDF-1.4\n发票\n%%EOF\n');
  const attached = await answer(
    client(token).POST('/expenses/claims/{id}/receipts', {
      params: { path: { id: claimId } },
      body: { fileName, contentType: 'application/pdf', size: invoice.length },
    }),
  );
  expect(attached.status).toBe(201);
  const uploaded = await fetch(attached.body.upload.url, {
    method: 'PUT',
    body: invoice,
    headers: attached.body.upload.headers,
  });
  expect(uploaded.status).toBe(200);
  return { receipt: attached.body.receipt, invoice };
}

describe('an expense claim over HTTP, with its receipt through the local S3 store', () => {
  it('files, uploads the receipt to the presigned URL, submits, is approved through three emailed links and paid by finance', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const manager = await token('--role', 'sales_manager');
    const finance = await token('sun.li@hd-machinery.example');
    const today = new Date().toISOString().slice(0, 10);
    const since = Math.floor(Date.now() / 1000);
    const claim = await answer(
      client(rep).POST('/expenses/claims', {
        body: { category: 'travel', amount: 128_000, date: today, reason: '赴青岛拜访海润机电' },
      }),
    );
    expect(claim.status).toBe(201);
    const { receipt, invoice } = await attachReceipt(rep, claim.body.id, '高铁票.pdf');
    expect(
      (
        await answer(
          client(rep).POST('/expenses/claims/{id}/submit', { params: { path: { id: claim.body.id } } }),
        )
      ).status,
    ).toBe(202);
    // Zhang Wei (her supervisor), Wang Qiang (sales manager), then Sun Li (finance) decide by link.
    for (const approver of ['zhang.wei', 'wang.qiang', 'sun.li']) {
      const link = await approvalLinkFor(since, `${approver}@hd-machinery.example`, claim.body.id);
      const decided = await decideFromPage(link, 'approve');
      expect(decided.status).toBe(200);
    }
    const approved = await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/expenses/claims/{id}', { params: { path: { id: claim.body.id } } }),
      );
      return read.body.status === 'approved' ? read.body : undefined;
    });
    expect(approved.reviews.map((step: { step: string }) => step.step)).toEqual([
      'supervisor-check',
      'sales-manager-approval',
      'finance-payment',
    ]);
    // Finance pays it and records the payment; the claimant is told.
    const paid = await answer(
      client(finance).POST('/expenses/claims/{id}/payment', {
        params: { path: { id: claim.body.id } },
        body: { amount: 128_000, paidOn: today, reference: 'TR-E2E-128000' },
      }),
    );
    expect(paid.status).toBe(201);
    await eventuallyValue(async () =>
      (await inbox(since)).find(
        (email) =>
          email.destination.to[0] === 'li.na@hd-machinery.example' &&
          email.body.text!.includes('TR-E2E-128000'),
      ),
    );
    expect(
      (await answer(client(rep).GET('/expenses/claims/{id}', { params: { path: { id: claim.body.id } } })))
        .body,
    ).toMatchObject({ status: 'paid', payment: { reference: 'TR-E2E-128000' } });
    // The manager downloads the receipt; the budget line counts the payment.
    const download = await answer(
      client(manager).GET('/expenses/claims/{id}/receipts/{receiptId}', {
        params: { path: { id: claim.body.id, receiptId: receipt.id } },
      }),
    );
    expect(Buffer.from(await (await fetch(download.body.url)).arrayBuffer())).toEqual(invoice);
    const budget = await answer(
      client(manager).GET('/expenses/budgets/{year}', { params: { path: { year: today.slice(0, 4) } } }),
    );
    const line = budget.body.lines.find(
      (item: { month: string; category: string; scope: string }) =>
        item.month === today.slice(0, 7) && item.category === 'travel' && item.scope === 'department',
    );
    expect(line.spent).toBeGreaterThanOrEqual(128_000);
  });
});

describe('an approver away over HTTP', () => {
  it('finance names a new colleague as delegate: the claim’s payment step goes to her link, and finance sees it decided', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const manager = await token('--role', 'sales_manager');
    const finance = await token('sun.li@hd-machinery.example');
    const today = day(0);
    const colleague = await answer(
      client(manager).POST('/employees', {
        body: { name: '钱慧', email: 'qian.hui@hd-machinery.example', roles: ['finance'], locale: 'zh-CN' },
      }),
    );
    expect(colleague.status).toBe(201);
    const delegation = await answer(
      client(finance).POST('/delegations', {
        body: { delegateId: colleague.body.id, from: today, to: day(2), reason: '年假' },
      }),
    );
    expect(delegation.status).toBe(201);
    const since = Math.floor(Date.now() / 1000);
    const claim = await answer(
      client(rep).POST('/expenses/claims', {
        body: { category: 'travel', amount: 15_000, date: today, reason: '市内交通' },
      }),
    );
    await answer(
      client(rep).POST('/expenses/claims/{id}/submit', { params: { path: { id: claim.body.id } } }),
    );
    for (const approver of ['zhang.wei', 'wang.qiang', 'qian.hui']) {
      const link = await approvalLinkFor(since, `${approver}@hd-machinery.example`, claim.body.id);
      expect((await decideFromPage(link, 'approve')).status).toBe(200);
    }
    const approved = await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/expenses/claims/{id}', { params: { path: { id: claim.body.id } } }),
      );
      return read.body.status === 'approved' ? read.body : undefined;
    });
    expect(approved.reviews.at(-1)).toMatchObject({
      approverId: colleague.body.id,
      delegatedFrom: delegation.body.approverId,
    });
    const file = await answer(
      client(finance).GET('/delegations/{id}', { params: { path: { id: delegation.body.id } } }),
    );
    expect(file.body.steps).toEqual([
      expect.objectContaining({ step: 'finance-payment', status: 'approved' }),
    ]);
    expect(
      (
        await answer(
          client(finance).POST('/delegations/{id}/cancel', { params: { path: { id: delegation.body.id } } }),
        )
      ).body.status,
    ).toBe('cancelled');
  });
});

describe('a complaint over HTTP', () => {
  it('is logged, answered to the contact by email in their language, and followed up to solved', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const rep = await token('li.na@hd-machinery.example');
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const contact = (
      await answer(client(rep).GET('/customers/{id}/contacts', { params: { path: { id: customer.id } } }))
    ).body.items.find((candidate: { email?: string }) => candidate.email);
    const logged = await answer(
      client(rep).POST('/complaints', {
        body: {
          customerId: customer.id,
          contactId: contact.id,
          severity: 'high',
          content: '交货延迟两周，影响我方生产',
          request: '说明原因并保证后续交期',
        },
      }),
    );
    expect(logged.status).toBe(201);
    const id = logged.body.id as string;
    const answered = await answer(
      client(rep).POST('/complaints/{id}/answer', {
        params: { path: { id: id } },
        body: { text: '延迟系供应商铸件晚到所致；已增加第二供应商，后续订单按期交付。' },
      }),
    );
    expect(answered.body.status).toBe('answered');
    const mail = await eventuallyValue(async () =>
      (await inbox(since)).find(
        (email) => email.destination.to.includes(contact.email) && email.body.text?.includes('第二供应商'),
      ),
    );
    expect(mail.replyTo).toContain('li.na@hd-machinery.example');
    const solved = await answer(
      client(rep).POST('/complaints/{id}/follow-ups', {
        params: { path: { id: id } },
        body: {
          solved: true,
          text: '客户确认已解决',
          rootCause: '单一铸件供应商',
          correctiveAction: '增加第二供应商并每周跟踪交期',
          cause: 'delivery_delay',
        },
      }),
    );
    const summary = await answer(
      client(await token('--role', 'sales_manager')).GET('/complaint-causes', {
        params: { query: { period: solved.body.solvedAt.slice(0, 7) } },
      }),
    );
    expect(summary.body.causes).toContainEqual(
      expect.objectContaining({ cause: 'delivery_delay', correctiveAction: '增加第二供应商并每周跟踪交期' }),
    );
    expect(solved.body).toMatchObject({ status: 'solved', rootCause: '单一铸件供应商' });
    expect(solved.body.history.map((step: { what: string }) => step.what)).toEqual([
      'logged',
      'answered',
      'solved',
    ]);
  });
});

describe('the email channel through npm run inbound', () => {
  it('turns a demo contact’s email with a photo into a complaint whose rep downloads the photo', async () => {
    const manager = await token('--role', 'sales_manager');
    const contact = (await answer(client(manager).GET('/customers', { params: { query: { limit: 1 } } })))
      .body.items[0];
    const contacts = await answer(
      client(manager).GET('/customers/{id}/contacts', { params: { path: { id: contact.id } } }),
    );
    const address = contacts.body.items.find((item: { email?: string }) => item.email).email;
    const photo = join(dataDir, 'leak.jpg');
    writeFileSync(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('e2e photo')]));
    expect(
      await inbound('--from', address, '--subject', '主轴漏油', '--text', '照片见附件', '--attach', photo),
    ).toEqual({ outcomes: ['complaint'] });
    const complaint = (
      await answer(client(manager).GET('/complaints', { params: { query: { customerId: contact.id } } }))
    ).body.items.find((item: { content: string }) => item.content.includes('照片见附件'));
    expect(complaint.attachments).toMatchObject([{ name: 'leak.jpg', contentType: 'image/jpeg', size: 13 }]);
    const download = await answer(
      client(manager).GET('/complaints/{id}/attachments/{number}', {
        params: { path: { id: complaint.id, number: '1' } },
      }),
    );
    expect(download.status).toBe(200);
    const file = await fetch(download.body.download.url);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(4)
        .toString(),
    ).toBe('e2e photo');
  });
});

describe('an evaluation through npm run job', () => {
  it('evaluates the quarter, emails the rating requests, takes a rating from its link and grades the quarter', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    expect((await job('evaluation', '--period', quarter)).outcome).toBe('succeeded');
    const manager = await token('--role', 'sales_manager');
    const evaluations = async () =>
      (
        await answer(
          client(manager).GET('/performance/evaluations/{period}', { params: { path: { period: quarter } } }),
        )
      ).body.evaluations as {
        employeeId: string;
        status: string;
        ratingsDueAt?: string;
        qualitativeScore?: number;
        grade?: string;
      }[];
    // Every demo rep is evaluated (by the consumer, in batches) and waits for ratings.
    const waiting = await eventuallyValue(async () => {
      const items = await evaluations();
      return items.length >= 4 && items.every((item) => item.status === 'rating') ? items : undefined;
    });
    // The quarter's request (in the fourth quarter the year is evaluated too, with requests of its own).
    const mail = await eventuallyValue(async () =>
      (await inbox(since)).find(
        (email) =>
          /\/evaluation-ratings\/[\w-]{26}\?t=/.test(email.body.text ?? '') &&
          (email.body.text ?? '').includes(quarter),
      ),
    );
    const link = /(http:\/\/\S+\/evaluation-ratings\/[\w-]{26}\?t=[\w-]+)/.exec(mail.body.text!)![1]!;
    expect((await fetch(link)).status).toBe(200);
    const answered = await fetch(link.split('?')[0] + '/answer', {
      method: 'POST',
      body: new URLSearchParams({
        t: new URL(link).searchParams.get('t')!,
        attitude: '5',
        teamwork: '4',
        communication: '4',
        problemSolving: '5',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answered.status).toBe(200);
    // After the deadline the daily grading closes the quarter with grades.
    const due = Date.parse(waiting[0]!.ratingsDueAt!);
    const graded = await job('evaluation-grading', '--at', new Date(due + 60_000).toISOString());
    // The year ends with the fourth quarter: its evaluations are graded in the same firing.
    expect(graded.counts.graded).toBeGreaterThanOrEqual(waiting.length);
    const closed = await evaluations();
    expect(closed.every((item) => item.status === 'graded')).toBe(true);
    expect(closed.some((item) => item.qualitativeScore !== undefined && item.grade !== undefined)).toBe(true);
  });
});

describe('the document archive over HTTP, with the local S3 store', () => {
  it('uploads through the presigned URL, finds by customer, downloads; another rep cannot fetch it', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const other = await token('chen.jie@hd-machinery.example');
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const file = Buffer.from('%PDF-1.4 客户资料 customer material');
    const created = await answer(
      client(rep).POST('/documents', {
        body: {
          type: 'customer_material',
          title: '设备布局图 Plant layout',
          customerId: customer.id,
          tags: ['layout'],
          fileName: '布局图.pdf',
          contentType: 'application/pdf',
          size: file.length,
        },
      }),
    );
    expect(created.status).toBe(201);
    const { document, upload } = created.body;
    expect((await fetch(upload.url, { method: 'PUT', body: file, headers: upload.headers })).status).toBe(
      200,
    );
    const found = await answer(
      client(rep).GET('/documents', { params: { query: { customerId: customer.id, q: 'layout' } } }),
    );
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(document.id);
    const read = await answer(client(rep).GET('/documents/{id}', { params: { path: { id: document.id } } }));
    const download = await fetch(read.body.download.url);
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    expect(
      (await answer(client(other).GET('/documents/{id}', { params: { path: { id: document.id } } }))).status,
    ).toBe(403);
    expect(
      (await answer(client(other).GET('/documents', { params: { query: { customerId: customer.id } } })))
        .status,
    ).toBe(403);
  });
});

describe('moving purchase history in over HTTP, with the local S3 store', () => {
  it('checks, runs through npm run job, files each purchase once, and exports it back', async () => {
    const admin = await token('--role', 'sales_admin');
    const customer = (await answer(client(admin).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const reference = `E2E-${Date.now()}`;
    const sheet = Buffer.from(
      'customer,date,reference,product,model,quantity,currency,amount,note\r\n' +
        `"${customer.name.replaceAll('"', '""')}",${day(-400)},${reference},数控车床,CK6150,1,CNY,"123,456.70",旧系统\r\n`,
    );
    const importOnce = async () => {
      const created = await answer(
        client(admin).POST('/imports', {
          body: { kind: 'purchases', fileName: 'purchases.csv', contentType: 'text/csv', size: sheet.length },
        }),
      );
      expect(created.status).toBe(201);
      const { upload } = created.body;
      expect((await fetch(upload.url, { method: 'PUT', body: sheet, headers: upload.headers })).status).toBe(
        200,
      );
      const id = created.body.import.id;
      const checked = await answer(client(admin).POST('/imports/{id}/check', { params: { path: { id } } }));
      expect(checked.body.check).toMatchObject({ rows: 1, problemCount: 0 });
      expect(
        (await answer(client(admin).POST('/imports/{id}/run', { params: { path: { id } } }))).status,
      ).toBe(202);
      // A firing of its own (each firing runs once): this moment, to the millisecond.
      expect((await job('import-runner', '--at', new Date().toISOString())).outcome).toBe('succeeded');
      return (await answer(client(admin).GET('/imports/{id}', { params: { path: { id } } }))).body.result;
    };
    expect(await importOnce()).toMatchObject({ created: 1, existing: 0 });
    expect(await importOnce()).toMatchObject({ created: 0, existing: 1 });
    const purchases = await answer(
      client(admin).GET('/customers/{id}/purchases', { params: { path: { id: customer.id } } }),
    );
    const imported = purchases.body.items.filter(
      (item: { reference?: string }) => item.reference === reference,
    );
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ amount: { value: 12_345_670, currency: 'CNY' }, quantity: 1 });
    const exported = await api(`/exports/purchases?from=${day(-400)}&to=${day(-400)}`, { token: admin });
    expect(exported.status).toBe(200);
    expect(exported.body).toContain(`${reference},数控车床,CK6150,1,CNY,123456.70,旧系统`);
  });
});

describe('sending a quote over HTTP', () => {
  it('emails the customer once when ten identical requests arrive together', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const customers = (await answer(client(rep).GET('/customers', { params: { query: { limit: 100 } } })))
      .body.items;
    let target: { customer: { id: string }; contact: { id: string; email: string } } | undefined;
    for (const customer of customers) {
      const contact = (
        await answer(client(rep).GET('/customers/{id}/contacts', { params: { path: { id: customer.id } } }))
      ).body.items.find((candidate: { email?: string }) => candidate.email);
      if (contact) {
        target = { customer, contact };
        break;
      }
    }
    const product = (await answer(client(rep).GET('/products', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const quote = await oneLineQuote(rep, target!.customer.id, product.id);
    const since = Math.floor(Date.now() / 1000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        answer(
          client(rep).POST('/quotes/{id}/send', {
            params: { path: { id: quote.body.id } },
            body: { contactId: target!.contact.id },
          }),
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    // The quote moved once (version 1 to 2), so one quote.sent event was written with it: the
    // consumer, idempotent by event id, has one email to send, whenever it runs.
    expect(
      (await answer(client(rep).GET('/quotes/{id}', { params: { path: { id: quote.body.id } } }))).body
        .version,
    ).toBe(quote.body.version + 1);
    const reference = quote.body.id.slice(-8);
    await eventuallyMail(since, target!.contact.email);
    const quotations = (await inbox(since)).filter((email) => email.subject.includes(reference));
    expect(quotations).toHaveLength(1);
  });
});

describe('a restart of the runtime', () => {
  it('keeps a contract review waiting for its decision, and the emailed link still decides it', async () => {
    const rep = await token('li.na@hd-machinery.example');
    const legal = await token('--role', 'legal');
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const product = (await answer(client(rep).GET('/products', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const quote = await oneLineQuote(rep, customer.id, product.id);
    await sendToBuyer(rep, customer.id, quote.body.id);
    await answer(
      client(rep).POST('/quotes/{id}/accept', {
        params: { path: { id: quote.body.id } },
        body: { revision: 1 },
      }),
    );
    const contract = await answer(
      client(rep).POST('/contracts', {
        body: { quoteId: quote.body.id, qualityStandard: 'GB/T 18400', breachLiability: '0.05%/day' },
      }),
    );
    const since = Math.floor(Date.now() / 1000);
    expect(
      (
        await answer(
          client(rep).POST('/contracts/{id}/submit', { params: { path: { id: contract.body.id } } }),
        )
      ).status,
    ).toBe(202);
    const mail = await eventuallyMail(since, 'wang.qiang@hd-machinery.example');
    const link = new URL(/(http:\/\/\S+\/approvals\/\w{26}\?t=[\w-]+)/.exec(mail.body.text!)![1]!);

    await runtime.stop();
    await runtime.start();
    expect(runtime.output).toMatch(/contract-review\/contract-\w+-round-1: resumed at Review/);
    expect(
      (await answer(client(rep).GET('/contracts/{id}', { params: { path: { id: contract.body.id } } }))).body
        .status,
    ).toBe('under_review');
    // The runtime listens on a new port: the same link, on this one.
    const decided = await fetch(`${runtime.baseUrl}${link.pathname}/decision`, {
      method: 'POST',
      body: new URLSearchParams({ t: link.searchParams.get('t')!, decision: 'approve' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(decided.status).toBe(200);
    const pending = await eventuallyValue(async () =>
      (await answer(client(legal).GET('/approvals'))).body.items.find(
        (item: { subject: { id: string } }) => item.subject.id === contract.body.id,
      ),
    );
    await answer(
      client(legal).POST('/approvals/{id}/decision', {
        params: { path: { id: pending.id } },
        body: { decision: 'approve' },
      }),
    );
    await eventuallyValue(async () =>
      (await answer(client(rep).GET('/contracts/{id}', { params: { path: { id: contract.body.id } } }))).body
        .status === 'approved'
        ? true
        : undefined,
    );
  });
});

const eventuallyValue = <T>(check: () => Promise<T | undefined>) => runtime.eventually(check);

const eventuallyMail = (since: number, to: string) =>
  eventuallyValue(async () => (await inbox(since)).filter((email) => email.destination.to[0] === to).at(-1));

/** The approval link in the latest email to someone since a time that mentions a subject. */
async function approvalLinkFor(since: number, to: string, subjectId: string): Promise<string> {
  const mail = await eventuallyValue(async () =>
    (await inbox(since)).find(
      (email) => email.destination.to[0] === to && email.body.text!.includes(subjectId.slice(-8)),
    ),
  );
  return /(http:\/\/\S+\/approvals\/\w{26}\?t=[\w-]+)/.exec(mail.body.text!)![1]!;
}

/** What the page's form posts: the decision with the link's token. */
const decideFromPage = (link: string, decision: 'approve' | 'reject', comment = '') =>
  fetch(link.split('?')[0] + '/decision', {
    method: 'POST',
    body: new URLSearchParams({ t: new URL(link).searchParams.get('t')!, decision, comment }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

describe('the approval page in a real browser', () => {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  if (!chromium)
    console.warn('Chromium not found (/usr/bin/chromium): the browser test is skipped. .ci/run installs it.');

  const launch = async () => {
    const { chromium: browserType } = await import('playwright-core');
    return browserType.launch({
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  };

  it.skipIf(!chromium)('opens the emailed link, approves, and shows the result', async () => {
    const rep = await token('chen.jie@hd-machinery.example');
    const admin = await token('--role', 'sales_admin');
    const customer = (await answer(client(rep).GET('/customers', { params: { query: { limit: 1 } } }))).body
      .items[0];
    const product = await answer(
      client(admin).POST('/products', {
        body: {
          name: '精密磨床',
          model: 'MK1320',
          unit: '台',
          listPrice: { value: 9_900_000, currency: 'CNY' },
          standardCost: { value: 7_000_000, currency: 'CNY' },
        },
      }),
    );
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const quote = await answer(
      client(rep).POST('/quotes', {
        body: {
          customerId: customer.id,
          terms: {
            currency: 'CNY',
            lines: [{ productId: product.body.id, quantity: 1 }],
            deliveryDate: day(150),
            paymentTerms: '全款发货',
            afterSalesTerms: '一年保修',
            validUntil: until,
          },
        },
      }),
    );
    await sendToBuyer(rep, customer.id, quote.body.id);
    await answer(
      client(rep).POST('/quotes/{id}/accept', {
        params: { path: { id: quote.body.id } },
        body: { revision: 1 },
      }),
    );
    const contract = await answer(
      client(rep).POST('/contracts', {
        body: { quoteId: quote.body.id, qualityStandard: 'JB/T 3877', breachLiability: '按日 0.05%' },
      }),
    );
    const since = Math.floor(Date.now() / 1000);
    await answer(client(rep).POST('/contracts/{id}/submit', { params: { path: { id: contract.body.id } } }));
    const mail = await eventuallyMail(since, 'wang.qiang@hd-machinery.example');
    const link = /(http:\/\/\S+\/approvals\/\w{26}\?t=[\w-]+)/.exec(mail.body.text!)![1]!;

    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(link);
      await expect(page.textContent('h1')).resolves.toContain(contract.body.id.slice(-8));
      await page.fill('#comment', '价格和交期可以接受');
      await page.click('#approve');
      await page.waitForSelector('#result');
      expect(await page.textContent('#result')).toContain('已同意');
      await page.screenshot({ path: join(dataDir, 'approval-page.png') });
      // The same link again: the page says it was decided, and offers no buttons.
      await page.goto(link);
      expect(await page.textContent('#result')).toContain('已处理');
      expect(await page.$('#approve')).toBeNull();
    } finally {
      await browser.close();
    }
  });

  /** Signs in at the local provider's page, as a person does at Cognito's managed login. */
  const signInAs = async (page: Page, email: string) => {
    await page.waitForSelector('input[name="email"]');
    await page.fill('input[name="email"]', email);
    await page.click('button[type="submit"]');
  };

  it.skipIf(!chromium)(
    'signs the manager in from the report page and draws the reports with the manager’s own token',
    async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const failures: string[] = [];
        page.on('pageerror', (error) => failures.push(error.message));
        await page.goto(`${runtime.baseUrl}/reports`);
        await page.click('#sign-in-button');
        // The provider's page; then back to the report page with a code, exchanged for tokens.
        await signInAs(page, findDemoEmployee({ role: 'sales_manager' })!.email);
        await page.waitForSelector('body[data-state="loaded"]');
        // The code and state leave the address at once; the tokens stay in the page's memory.
        expect(page.url()).toBe(`${runtime.baseUrl}/reports`);
        expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toMatch(
          /eyJ/,
        );
        expect(await page.textContent('#who')).toBe(findDemoEmployee({ role: 'sales_manager' })!.email);
        for (const section of ['revenue', 'pipeline', 'classes', 'expenses'])
          expect(await page.getAttribute(`#${section}`, 'data-state'), section).toBe('drawn');
        // Twelve months and the total, from GET /reports/sales; the demo customers in the class mix.
        expect(await page.locator('#revenue tbody tr').count()).toBe(13);
        const classes = await page.locator('#classes tbody td:nth-child(2)').allTextContents();
        expect(classes.map(Number).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
        // At 1280 px every card holds its figures; a chart with none says so.
        await page.setViewportSize({ width: 1280, height: 900 });
        const overflowing = await page.$$eval('main section', (sections) =>
          sections
            .filter((section) => section.scrollWidth > section.clientWidth + 1)
            .map((section) => section.id),
        );
        expect(overflowing).toEqual([]);
        for (const section of ['revenue', 'pipeline', 'classes', 'expenses'])
          expect((await page.textContent(`#${section} .figures`))?.trim(), section).not.toBe('');
        expect(failures).toEqual([]);
        await page.screenshot({ path: join(dataDir, 'report-page.png'), fullPage: true });
        // The ID token nears its end: the next reading refreshes it at the token endpoint first.
        const refreshed: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('/token') && request.postData()?.includes('grant_type=refresh_token'))
            refreshed.push(request.url());
        });
        await page.waitForTimeout(16_000);
        await page.evaluate(`document.body.dataset.state = ''`);
        await page.fill('#period', String(new Date().getFullYear()));
        await page.dispatchEvent('#period', 'change');
        await page.waitForSelector('body[data-state="loaded"]');
        expect(refreshed.length).toBeGreaterThanOrEqual(1);
        expect(await page.getAttribute('#revenue', 'data-state')).toBe('drawn');
        // Signing out forgets the tokens: the page asks to sign in again.
        await page.click('#sign-out');
        expect(await page.isVisible('#sign-in-button')).toBe(true);
        // A rep (in a browser context of their own): the reports are not for that role.
        const repPage = await (await browser.newContext()).newPage();
        await repPage.goto(`${runtime.baseUrl}/reports`);
        await repPage.click('#sign-in-button');
        await signInAs(repPage, 'chen.jie@hd-machinery.example');
        await repPage.waitForSelector('body[data-state="loaded"]');
        expect(await repPage.getAttribute('#revenue', 'data-state')).toBe('failed');
        expect(await repPage.textContent('#revenue .figures')).toContain('Not available to your role');
      } finally {
        await browser.close();
      }
    },
  );

  it.skipIf(!chromium)('signs in from the API reference and hands the token to “Try it out”', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${runtime.baseUrl}/docs`);
      await page.click('#sign-in-button');
      await signInAs(page, 'li.na@hd-machinery.example');
      await page.waitForFunction(`document.getElementById('who').textContent.startsWith('Signed in')`);
      expect(page.url()).toBe(`${runtime.baseUrl}/docs`);
      const authorized = await page.evaluate<string>(
        'JSON.stringify(window.ui.authSelectors.authorized().toJS())',
      );
      const token = (JSON.parse(authorized) as { bearerAuth: { value: string } }).bearerAuth.value;
      // The token Swagger UI sends is the person's own: the API answers them.
      expect((await answer(client(token).GET('/customers', {}))).status).toBe(200);
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!chromium)(
    'signs in from the command line (npm run login) and the token opens the API',
    async () => {
      const { freePort } = await import('../../local/free-port.ts');
      const port = await freePort();
      const login = spawn(
        process.execPath,
        ['scripts/login.ts', '--stage', 'local', '--no-browser', '--port', String(port)],
        {
          cwd: ROOT,
          env: { ...process.env, DATA_DIR: dataDir, PORT: '0' },
        },
      );
      let out = '';
      let err = '';
      login.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const address = await new Promise<string>((resolveAddress, reject) => {
        login.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const found = /https?:\/\/\S+\/auth\?\S+/.exec(err);
          if (found) resolveAddress(found[0]);
        });
        login.on('exit', () => reject(new Error(`npm run login ended: ${err}`)));
      });
      const exited = new Promise<number | null>((resolveExit) => login.on('exit', resolveExit));
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.goto(address);
        await signInAs(page, 'chen.jie@hd-machinery.example');
        await page.waitForURL(/\/callback\?/);
        expect(await page.textContent('body')).toContain('Signed in');
      } finally {
        await browser.close();
      }
      expect(await exited).toBe(0);
      expect(err).toContain('Signed in as chen.jie@hd-machinery.example');
      const idToken = out.trim();
      const mine = await answer(client(idToken).GET('/customers', {}));
      expect(mine.status).toBe(200);
    },
  );

  it.skipIf(!chromium)('lets finance refuse a claim from its emailed link, with the reason', async () => {
    const rep = await token('emily.carter@hd-machinery.example');
    const today = new Date().toISOString().slice(0, 10);
    const since = Math.floor(Date.now() / 1000);
    const claim = await answer(
      client(rep).POST('/expenses/claims', {
        body: {
          category: 'entertainment',
          amount: 36_000,
          date: today,
          reason: 'Dinner with the Hamburg distributor',
        },
      }),
    );
    const submit = () =>
      answer(client(rep).POST('/expenses/claims/{id}/submit', { params: { path: { id: claim.body.id } } }));
    // Over the small-amount threshold: not without its receipt (§7.2.1).
    expect((await submit()).status).toBe(409);
    await attachReceipt(rep, claim.body.id, 'restaurant-invoice.pdf');
    expect((await submit()).status).toBe(202);
    // Her supervisor is the sales manager: he decides once.
    await decideFromPage(
      await approvalLinkFor(since, 'wang.qiang@hd-machinery.example', claim.body.id),
      'approve',
    );
    const financeLink = await approvalLinkFor(since, 'sun.li@hd-machinery.example', claim.body.id);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(financeLink);
      await expect(page.textContent('body')).resolves.toContain('财务审核凭证并付款');
      await page.fill('#comment', '未附招待发票');
      await page.click('#reject');
      await page.waitForSelector('#result');
      expect(await page.textContent('#result')).toContain('已驳回');
    } finally {
      await browser.close();
    }
    const refused = await eventuallyValue(async () => {
      const read = await answer(
        client(rep).GET('/expenses/claims/{id}', { params: { path: { id: claim.body.id } } }),
      );
      return read.body.status === 'refused' ? read.body : undefined;
    });
    expect(refused.lastRejection).toMatchObject({ step: 'finance-payment', comment: '未附招待发票' });
  });
});
