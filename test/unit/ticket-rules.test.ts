import { describe, expect, it } from 'vitest';
import { fullYearsSince, isLongTermKeyCustomer } from '../../functions/service/appreciation-rules.ts';
import { SEVERITIES, type Ticket, TICKET_ALARMS, TICKET_CATEGORIES } from '../../functions/service/model.ts';
import { DEFAULT_SERVICE_SETTINGS as settings } from '../../functions/service/settings.ts';
import {
  commonProblems,
  fireAlarm,
  FIRST_DEPARTMENT,
  newTicketRecord,
  planVisit,
  productKey,
  rateTicket,
  RECEIPT_PROBLEM_CATEGORY,
  recordRemoteGuidance,
  reportVisit,
  routeTicket,
  solveTicket,
  ticketAlarms,
  ticketDeadlines,
} from '../../functions/service/ticket-rules.ts';
import { RECEIPT_PROBLEMS } from '../../functions/orders/model.ts';
import { searchWords } from '../../functions/shared/search.ts';

const AT = '2026-12-01T02:00:00.000Z';
const hoursAfter = (at: string) => (Date.parse(at) - Date.parse(AT)) / 3_600_000;

describe('ticket deadlines (R-3.1)', () => {
  it('are shorter for a better class and a graver severity, over the whole table, response before resolution', () => {
    const deadlines = (customerClass: 'A' | 'B' | 'C', severity: (typeof SEVERITIES)[number]) => {
      const { respondBy, resolveBy } = ticketDeadlines(AT, customerClass, severity, settings);
      return { respond: hoursAfter(respondBy), resolve: hoursAfter(resolveBy) };
    };
    for (const severity of SEVERITIES)
      for (const [better, worse] of [
        ['A', 'B'],
        ['B', 'C'],
      ] as const) {
        expect(deadlines(better, severity).respond).toBeLessThan(deadlines(worse, severity).respond);
        expect(deadlines(better, severity).resolve).toBeLessThan(deadlines(worse, severity).resolve);
      }
    for (const customerClass of ['A', 'B', 'C'] as const) {
      for (let index = 1; index < SEVERITIES.length; index++) {
        const graver = deadlines(customerClass, SEVERITIES[index - 1]!);
        const milder = deadlines(customerClass, SEVERITIES[index]!);
        expect(graver.respond).toBeLessThan(milder.respond);
        expect(graver.resolve).toBeLessThan(milder.resolve);
      }
      for (const severity of SEVERITIES)
        expect(deadlines(customerClass, severity).respond).toBeLessThan(
          deadlines(customerClass, severity).resolve,
        );
    }
    expect(ticketDeadlines(AT, 'A', 'critical', settings)).toEqual({
      customerClass: 'A',
      respondBy: '2026-12-01T04:00:00.000Z',
      resolveBy: '2026-12-02T02:00:00.000Z',
    });
    // Unclassified: as C.
    expect(ticketDeadlines(AT, null, 'low', settings).customerClass).toBe('C');
  });

  it('set four alarms in time order: reminders at three quarters of the time allowed', () => {
    const { respondBy, resolveBy } = ticketDeadlines(AT, 'B', 'high', settings);
    const alarms = ticketAlarms({ createdAt: AT, respondBy, resolveBy }, settings);
    expect(alarms).toEqual({
      'response-reminder': '2026-12-01T08:00:00.000Z',
      'response-overdue': '2026-12-01T10:00:00.000Z',
      'resolution-reminder': '2026-12-04T02:00:00.000Z',
      'resolution-overdue': '2026-12-05T02:00:00.000Z',
    });
    const times = TICKET_ALARMS.map((alarm) => alarms[alarm]);
    expect([...times].sort()).toEqual(times);
  });
});

describe('routing (R-2.6.1)', () => {
  it('sends quality to production, transport to logistics, billing to finance, the rest to after-sales', () => {
    expect(FIRST_DEPARTMENT).toEqual({
      usage: 'after_sales',
      malfunction: 'after_sales',
      quality: 'production',
      transport_damage: 'logistics',
      wrong_delivery: 'logistics',
      billing: 'finance',
      other: 'after_sales',
    });
    for (const category of TICKET_CATEGORIES) expect(FIRST_DEPARTMENT[category]).toBeDefined();
    for (const problem of RECEIPT_PROBLEMS)
      expect(TICKET_CATEGORIES).toContain(RECEIPT_PROBLEM_CATEGORY[problem]);
    expect(FIRST_DEPARTMENT[RECEIPT_PROBLEM_CATEGORY.damage!]).toBe('logistics');
  });
});

const opened = (): Ticket =>
  newTicketRecord(
    {
      id: 'T1',
      customerId: 'C1',
      ownerId: 'REP',
      contactId: 'K1',
      orderId: undefined,
      product: { name: 'Hydraulic press', model: 'HP-200 ' },
      category: 'malfunction',
      severity: 'high',
      description: 'Stops every hour',
      source: 'staff',
      receiptIssueId: undefined,
    },
    ticketDeadlines(AT, 'A', 'high', settings),
    'REP',
    AT,
  );

describe('a ticket', () => {
  it('opens with its first department and no undefined fields', () => {
    const ticket = opened();
    expect(ticket).toMatchObject({
      department: 'after_sales',
      status: 'open',
      version: 1,
      visits: [],
      alarms: [],
    });
    expect('orderId' in ticket).toBe(false);
    expect(ticket.history).toEqual([{ at: AT, by: 'REP', what: 'opened', department: 'after_sales' }]);
  });

  it('is routed with a reason, never to where it is', () => {
    const routed = routeTicket(opened(), 'production', 'A casting defect', 'TECH', AT);
    expect(routed.department).toBe('production');
    expect(routed.history.at(-1)).toMatchObject({
      what: 'routed',
      department: 'production',
      text: 'A casting defect',
    });
    expect(() => routeTicket(routed, 'production', 'again', 'TECH', AT)).toThrow(/already/);
  });

  it('is answered remotely or by one visit at a time, which only its technician reports', () => {
    const guided = recordRemoteGuidance(
      opened(),
      { channel: 'phone', text: 'Reset the valve' },
      'TECH',
      '2026-12-01T03:00:00.000Z',
    );
    expect(guided).toMatchObject({
      status: 'in_progress',
      respondedAt: '2026-12-01T03:00:00.000Z',
      handling: 'remote',
    });
    const planned = planVisit(
      guided,
      { technicianId: 'TECH', plannedFor: '2026-12-02T01:00:00.000Z' },
      'ADMIN',
      AT,
    );
    expect(planned.handling).toBe('on_site');
    expect(planned.respondedAt).toBe('2026-12-01T03:00:00.000Z');
    expect(() => planVisit(planned, { technicianId: 'TECH', plannedFor: AT }, 'ADMIN', AT)).toThrow(
      /planned visit/,
    );
    const report = {
      workDone: 'Replaced the seal',
      partsUsed: [{ part: 'Seal 40mm', quantity: 2 }],
      outcome: 'solved' as const,
    };
    expect(() => reportVisit(planned, 1, report, 'OTHER', AT)).toThrow(/TECH's to report/);
    expect(() => reportVisit(planned, 2, report, 'TECH', AT)).toThrow(/no visit 2/);
    expect(() => solveTicket(planned, { problem: 'p', cause: 'c', solution: 's' }, 'K', 'TECH', AT)).toThrow(
      /not yet reported/,
    );
    const reported = reportVisit(planned, 1, report, 'TECH', AT);
    expect(reported.visits[0]).toMatchObject({ status: 'done', report: { ...report, at: AT } });
    expect(() => reportVisit(reported, 1, report, 'TECH', AT)).toThrow(/already reported/);
  });

  it('is solved into a knowledge entry filed by product, then rated once', () => {
    const { ticket, entry } = solveTicket(
      opened(),
      { problem: 'Stops hourly', cause: 'Worn seal', solution: 'New seal' },
      'KB1',
      'TECH',
      AT,
    );
    expect(ticket).toMatchObject({
      status: 'solved',
      solvedAt: AT,
      respondedAt: AT,
      resolution: { knowledgeEntryId: 'KB1', cause: 'Worn seal' },
    });
    expect(entry).toMatchObject({
      id: 'KB1',
      product: 'hp-200',
      category: 'malfunction',
      ticketId: 'T1',
      author: 'TECH',
    });
    expect(() => routeTicket(ticket, 'finance', 'x', 'TECH', AT)).toThrow(/solved/);
    expect(() => rateTicket(opened(), 5, undefined, AT)).toThrow(/not solved/);
    const rated = rateTicket(ticket, 4, 'Quick', AT);
    expect(rated.rating).toEqual({ score: 4, comment: 'Quick', at: AT });
    expect(() => rateTicket(rated, 5, undefined, AT)).toThrow(/already rated/);
  });
});

describe('the ticket timer’s alarms', () => {
  it('fire once each; response alarms not after a response; nothing once solved', () => {
    const ticket = opened();
    const reminded = fireAlarm(ticket, 'response-reminder', AT)!;
    expect(reminded.alarms).toEqual(['response-reminder']);
    expect(reminded.history.at(-1)).toMatchObject({
      what: 'reminded',
      text: 'response-reminder',
      by: 'ticket-timer',
    });
    expect(fireAlarm(reminded, 'response-reminder', AT)).toBeUndefined();
    const escalated = fireAlarm(reminded, 'response-overdue', AT)!;
    expect(escalated.history.at(-1)?.what).toBe('escalated');

    const guided = recordRemoteGuidance(ticket, { channel: 'email', text: 'Manual sent' }, 'TECH', AT);
    expect(fireAlarm(guided, 'response-reminder', AT)).toBeUndefined();
    expect(fireAlarm(guided, 'response-overdue', AT)).toBeUndefined();
    expect(fireAlarm(guided, 'resolution-reminder', AT)?.alarms).toEqual(['resolution-reminder']);

    const { ticket: solved } = solveTicket(
      ticket,
      { problem: 'p', cause: 'c', solution: 's' },
      'K',
      'TECH',
      AT,
    );
    for (const alarm of TICKET_ALARMS) expect(fireAlarm(solved, alarm, AT)).toBeUndefined();
  });
});

describe('the knowledge base and the monthly summary', () => {
  it('file products by model, else name, in lower case, and search by distinct words', () => {
    expect(productKey({ name: 'Press', model: ' HP-200  X ' })).toBe('hp-200 x');
    expect(productKey({ name: 'Hydraulic  Press' })).toBe('hydraulic press');
    expect(productKey(undefined)).toBe('general');
    expect(searchWords('  Seal seal LEAK ')).toEqual(['seal', 'leak']);
    expect(searchWords(undefined)).toEqual([]);
  });

  it('lists the most frequent problems first, ties by product and category', () => {
    const counts = [
      { product: 'b', category: 'usage' as const, count: 2 },
      { product: 'a', category: 'quality' as const, count: 5 },
      { product: 'a', category: 'billing' as const, count: 2 },
      { product: 'c', category: 'other' as const, count: 1 },
    ];
    expect(commonProblems(counts, 3).map((problem) => `${problem.product}/${problem.category}`)).toEqual([
      'a/quality',
      'a/billing',
      'b/usage',
    ]);
  });
});

describe('appreciation guests (R-3.4)', () => {
  it('are A customers of at least so many whole years', () => {
    expect(fullYearsSince('2023-12-01', '2026-11-30')).toBe(2);
    expect(fullYearsSince('2023-12-01', '2026-12-01')).toBe(3);
    expect(isLongTermKeyCustomer({ class: 'A' }, '2023-06-01', '2026-11-29', 3)).toBe(true);
    expect(isLongTermKeyCustomer({ class: 'B' }, '2010-06-01', '2026-11-29', 3)).toBe(false);
    expect(isLongTermKeyCustomer({ class: 'A' }, '2024-06-01', '2026-11-29', 3)).toBe(false);
    expect(isLongTermKeyCustomer({ class: 'A' }, undefined, '2026-11-29', 0)).toBe(false);
  });
});
