import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../functions/service/model.ts';
import {
  addNote,
  answerComplaint,
  answerDeadline,
  causeSummary,
  escalateIfOverdue,
  followUp,
  newComplaintRecord,
} from '../../functions/service/rules.ts';
import { DEFAULT_SERVICE_SETTINGS as settings } from '../../functions/service/settings.ts';
import { SEVERITIES } from '../../functions/service/model.ts';

const AT = '2026-12-01T02:00:00.000Z';

describe('the answer deadline', () => {
  it('is shorter for a better class and a graver severity, over the whole table', () => {
    const hours = (customerClass: 'A' | 'B' | 'C', severity: (typeof SEVERITIES)[number]) =>
      (Date.parse(answerDeadline(AT, customerClass, severity, settings).answerDueAt) - Date.parse(AT)) /
      3_600_000;
    for (const severity of SEVERITIES) {
      expect(hours('A', severity)).toBeLessThan(hours('B', severity));
      expect(hours('B', severity)).toBeLessThan(hours('C', severity));
    }
    for (const customerClass of ['A', 'B', 'C'] as const)
      for (let index = 1; index < SEVERITIES.length; index++)
        expect(hours(customerClass, SEVERITIES[index - 1]!)).toBeLessThan(
          hours(customerClass, SEVERITIES[index]!),
        );
    expect(answerDeadline(AT, 'A', 'critical', settings).answerDueAt).toBe('2026-12-01T06:00:00.000Z');
    expect(answerDeadline(AT, undefined, 'low', settings)).toEqual({
      customerClass: 'C',
      answerDueAt: '2026-12-06T02:00:00.000Z',
    });
  });
});

describe('a complaint', () => {
  const logged: Complaint = newComplaintRecord(
    {
      id: 'C1',
      customerId: 'CU',
      ownerId: 'REP',
      contactId: 'K',
      severity: 'high',
      content: '设备异响',
      request: '上门检修',
    },
    answerDeadline(AT, 'B', 'high', settings),
    'REP',
    AT,
  );

  it('is noted, answered, reopened, answered again and solved with its root cause and cure', () => {
    const noted = addNote(logged, '查看日志', 'REP', AT);
    const answered = answerComplaint(noted, '已安排工程师', 'REP', AT);
    expect(answered.status).toBe('answered');
    expect(() => answerComplaint(answered, 'again', 'REP', AT)).toThrow();
    const reopened = followUp(answered, { solved: false, text: '仍有异响' }, 'REP', AT);
    expect(reopened.status).toBe('open');
    const solved = followUp(
      answerComplaint(reopened, '更换轴承', 'REP', AT),
      {
        solved: true,
        text: '客户确认',
        rootCause: '轴承润滑不足',
        correctiveAction: '出厂前加注润滑脂',
        cause: 'product_quality',
        product: 'CK6150',
      },
      'REP',
      AT,
    );
    expect(solved).toMatchObject({
      status: 'solved',
      rootCause: '轴承润滑不足',
      cause: 'product_quality',
      product: 'CK6150',
    });
    expect(solved.history.map((step) => step.what)).toEqual([
      'logged',
      'note',
      'answered',
      'reopened',
      'answered',
      'solved',
    ]);
    expect(() => addNote(solved, 'x', 'REP', AT)).toThrow(/solved/);
  });

  it('are summarised by cause and product over a period, with the latest fix and whether the cause came back', () => {
    const row = (
      month: string,
      cause: 'product_quality' | 'delivery_delay',
      product: string,
      solved: number,
    ) => ({
      month,
      cause,
      product,
      solved,
      rootCause: `root ${month}`,
      correctiveAction: `fix ${month}`,
    });
    const summary = causeSummary(
      [
        row('2026-07', 'product_quality', 'CK6150', 2),
        row('2026-09', 'product_quality', 'CK6150', 1),
        row('2026-08', 'delivery_delay', '-', 4),
        row('2026-08', 'product_quality', 'XK714', 1),
      ],
      [row('2026-03', 'product_quality', 'CK6150', 1), row('2026-05', 'product_quality', 'CK6150', 1)],
    );
    expect(summary).toEqual({
      solved: 8,
      byCause: [
        { cause: 'delivery_delay', solved: 4 },
        { cause: 'product_quality', solved: 4 },
      ],
      causes: [
        {
          cause: 'delivery_delay',
          product: undefined,
          solved: 4,
          rootCause: 'root 2026-08',
          correctiveAction: 'fix 2026-08',
          recurring: false,
        },
        {
          cause: 'product_quality',
          product: 'CK6150',
          solved: 3,
          rootCause: 'root 2026-09',
          correctiveAction: 'fix 2026-09',
          recurring: true,
          lastSeenBefore: '2026-05',
        },
        {
          cause: 'product_quality',
          product: 'XK714',
          solved: 1,
          rootCause: 'root 2026-08',
          correctiveAction: 'fix 2026-08',
          recurring: false,
        },
      ],
    });
    expect(causeSummary([], [])).toEqual({ solved: 0, byCause: [], causes: [] });
  });

  it('escalates once when it is open past its deadline', () => {
    expect(escalateIfOverdue(logged, '2026-12-02T01:59:00.000Z')).toBeUndefined();
    const escalated = escalateIfOverdue(logged, '2026-12-02T02:00:00.000Z')!;
    expect(escalated.escalatedAt).toBe('2026-12-02T02:00:00.000Z');
    expect(escalateIfOverdue(escalated, '2026-12-03T00:00:00.000Z')).toBeUndefined();
    expect(
      escalateIfOverdue(answerComplaint(logged, 'ok', 'REP', AT), '2026-12-09T00:00:00.000Z'),
    ).toBeUndefined();
  });
});
