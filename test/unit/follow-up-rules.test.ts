import { describe, expect, it } from 'vitest';
import {
  assertFollowUpAhead,
  followUpReminders,
  keptFollowUps,
  plannedFollowUp,
  reassignedFollowUp,
} from '../../functions/customers/follow-up-rules.ts';
import type { Interaction } from '../../functions/customers/model.ts';
import { revisitDigest } from '../../functions/care/templates.ts';
import { statusOf } from '../support/rules.ts';

const zone = 'Asia/Shanghai';
const record = (id: string, occurredAt: string, nextFollowUp?: string): Interaction => ({
  id,
  customerId: 'C1',
  recordedBy: 'REP',
  channel: 'call',
  occurredAt,
  summary: `call ${id}`,
  ...(nextFollowUp ? { nextFollowUp } : {}),
  version: 1,
  createdAt: '2026-12-06T02:00:00.000Z',
  updatedAt: '2026-12-06T02:00:00.000Z',
});
const customer = { id: 'C1', name: '华东机电', ownerId: 'REP' };

describe('planned follow-ups (§2.2.1)', () => {
  it('are planned only by a record naming a day, for the customer’s rep, at the contact’s UTC time', () => {
    expect(plannedFollowUp(record('I0', '2026-12-01T10:00:00+08:00'), customer)).toBeUndefined();
    expect(plannedFollowUp(record('I1', '2026-12-01T10:00:00+08:00', '2026-12-03'), customer)).toEqual({
      id: 'I1',
      customerId: 'C1',
      customerName: '华东机电',
      ownerId: 'REP',
      plannedBy: 'REP',
      plannedAt: '2026-12-01T02:00:00.000Z',
      dueOn: '2026-12-03',
      summary: 'call I1',
      status: 'open',
      version: 1,
      createdAt: '2026-12-06T02:00:00.000Z',
      updatedAt: '2026-12-06T02:00:00.000Z',
    });
    const long = { ...record('I2', '2026-12-01T10:00:00+08:00', '2026-12-03'), summary: '长'.repeat(300) };
    expect(plannedFollowUp(long, customer)!.summary).toHaveLength(200);
  });

  it('are not before the day of the contact in the company’s time zone, whatever the UTC date', () => {
    // 07:30 in Shanghai on 2 December is still 1 December in UTC.
    const early = { occurredAt: '2026-12-01T23:30:00Z', nextFollowUp: '2026-12-01' };
    expect(statusOf(() => assertFollowUpAhead(early, zone))).toBe(400);
    expect(() => assertFollowUpAhead({ ...early, nextFollowUp: '2026-12-02' }, zone)).not.toThrow();
    expect(() => assertFollowUpAhead({ occurredAt: early.occurredAt }, zone)).not.toThrow();
  });

  it('are kept by a later contact (late after their day), never by one made before them', () => {
    const open = [
      plannedFollowUp(record('I1', '2026-12-01T10:00:00+08:00', '2026-12-03'), customer)!,
      plannedFollowUp(record('I2', '2026-12-04T10:00:00+08:00', '2026-12-08'), customer)!,
    ];
    const earlier = record('I3', '2026-11-30T10:00:00+08:00');
    expect(keptFollowUps(open, earlier, zone)).toEqual([]);
    const between = record('I4', '2026-12-02T10:00:00+08:00');
    expect(keptFollowUps(open, between, zone)).toEqual([
      expect.objectContaining({ id: 'I1', status: 'kept', keptBy: 'I4', late: false, version: 2 }),
    ]);
    // On the 5th in Shanghai (late for the one due on the 3rd, early for the one due on the 8th).
    const later = record('I5', '2026-12-04T16:30:00Z');
    expect(keptFollowUps(open, later, zone).map((kept) => [kept.id, kept.late])).toEqual([
      ['I1', true],
      ['I2', false],
    ]);
    const [keptOne] = keptFollowUps(open, later, zone);
    expect(keptFollowUps([keptOne!], record('I6', '2026-12-09T10:00:00+08:00'), zone)).toEqual([]);
  });

  it('remind on their day, show as missed after it, and move with their customer', () => {
    const due = (id: string, dueOn: string) => ({
      ...plannedFollowUp(record(id, '2026-12-01T10:00:00+08:00', dueOn), customer)!,
    });
    const reminders = followUpReminders(
      [due('A', '2026-12-06'), due('B', '2026-12-02'), due('C', '2026-12-09')],
      '2026-12-06',
    );
    expect(reminders.today.map((item) => item.id)).toEqual(['A']);
    expect(reminders.missed.map((item) => item.id)).toEqual(['B']);
    expect(reassignedFollowUp(due('A', '2026-12-06'), 'REP2', 'T')).toMatchObject({
      ownerId: 'REP2',
      version: 2,
      updatedAt: 'T',
    });
  });

  it('show in the rep’s digest with a link to the customer, in the rep’s language', () => {
    const entry = { customerId: 'C1', customerName: 'Acme & Co', dueOn: '2026-12-06', summary: 'price' };
    const digest = revisitDigest(
      'en',
      'Emily',
      { opened: [], overdue: [], followUps: [entry], missed: [{ ...entry, dueOn: '2026-12-01' }] },
      'https://api.example',
    );
    expect(digest.subject).toBe('Revisits: 0 new, 0 overdue; follow-ups: 1 today, 1 missed');
    expect(digest.text).toContain('Follow-ups planned for today (1):');
    expect(digest.text).toContain('Missed follow-ups (1):');
    expect(digest.text).toContain(
      'Acme & Co — planned for 2026-12-01 (price): https://api.example/customers/C1',
    );
    expect(digest.text).not.toContain('New revisits');
    const chinese = revisitDigest(
      'zh-CN',
      '李娜',
      { opened: [], overdue: [], followUps: [], missed: [entry] },
      'https://api.example',
    );
    expect(chinese.subject).toBe('回访提醒：新增 0 个，逾期 0 个；今日跟进 0 个，错过 1 个');
    expect(chinese.text).toContain('错过的跟进（1）：');
  });
});
