import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { birthdaysOn, DEFAULT_HOLIDAYS, holidaysOn, lunarDay } from '../../functions/care/holidays.ts';
import { isOverdue, revisitDue, revisitDueOn } from '../../functions/care/revisit-rules.ts';
import { careSettings, DEFAULT_CARE_SETTINGS as settings } from '../../functions/care/settings.ts';
import { birthdayGreeting, holidayGreeting, revisitDigest } from '../../functions/care/templates.ts';
import { cronerPattern, SCHEDULED_JOBS, schedulerExpression } from '../../functions/schedules.ts';
import { addDays, daysBetween, localDate, monthOf } from '../../functions/shared/calendar.ts';

const candidate = (lastContactOn: string | undefined, cls: 'A' | 'B' | 'C' | null = 'B') => ({
  status: 'active' as const,
  class: cls,
  lastContactOn,
  filedOn: '2025-01-01',
});

describe('revisit rules', () => {
  it("open when the class's interval has passed since the last contact", () => {
    expect(revisitDue(candidate('2026-08-30'), '2026-11-28', settings)).toBe(true); // 90 days
    expect(revisitDue(candidate('2026-08-31'), '2026-11-28', settings)).toBe(false); // 89 days
    expect(revisitDue(candidate('2026-10-29', 'A'), '2026-11-28', settings)).toBe(true); // 30 days
    expect(revisitDue(candidate('2026-06-01', 'C'), '2026-11-28', settings)).toBe(true); // 180 days
  });
  it('count from filing when nobody called yet; unclassified customers follow C', () => {
    expect(revisitDue({ ...candidate(undefined, null), filedOn: '2026-06-01' }, '2026-11-28', settings)).toBe(
      true,
    );
    expect(revisitDue({ ...candidate(undefined, null), filedOn: '2026-06-02' }, '2026-11-28', settings)).toBe(
      false,
    );
  });
  it('never revisit lost customers', () => {
    expect(revisitDue({ ...candidate('2020-01-01'), status: 'lost' }, '2026-11-28', settings)).toBe(false);
  });
  it('are overdue after their due date, only while open', () => {
    expect(revisitDueOn('2026-11-28', settings)).toBe('2026-12-05');
    expect(isOverdue({ status: 'open', dueOn: '2026-12-05' }, '2026-12-05')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-12-05' }, '2026-12-06')).toBe(true);
    expect(isOverdue({ status: 'completed', dueOn: '2026-12-05' }, '2026-12-06')).toBe(false);
  });
  it('take configured intervals', () => {
    const custom = careSettings(JSON.stringify({ revisitIntervalDays: { A: 14 } }));
    expect(custom.revisitIntervalDays).toEqual({ A: 14, B: 90, C: 180 });
    expect(() => careSettings(JSON.stringify({ revisitIntervalDays: { A: 0 } }))).toThrow();
  });
});

describe('birthdays', () => {
  it('fall on their day', () => expect(birthdaysOn('2026-10-01')).toEqual(['10-01']));
  it('of 29 February are kept on 28 February in common years', () => {
    expect(birthdaysOn('2027-02-28')).toEqual(['02-28', '02-29']);
    expect(birthdaysOn('2028-02-28')).toEqual(['02-28']);
    expect(birthdaysOn('2028-02-29')).toEqual(['02-29']);
    expect(birthdaysOn('2100-02-28')).toEqual(['02-28', '02-29']);
  });
});

describe('holiday calendar', () => {
  const ids = (date: string) => holidaysOn(date, DEFAULT_HOLIDAYS).map((holiday) => holiday.id);
  it('has the fixed and the lunar festivals', () => {
    expect(ids('2027-01-01')).toEqual(['new-year']);
    expect(ids('2026-02-17')).toEqual(['spring-festival']);
    expect(ids('2027-02-17')).toEqual([]);
    expect(ids('2026-09-25')).toEqual(['mid-autumn']);
    expect(ids('2026-10-01')).toEqual(['national-day']);
    expect(ids('2026-11-28')).toEqual([]);
  });
  it('finds the lunar festivals in any year, from the lunar calendar', () => {
    // Official dates (the Spring Festival of 2027 and 2030 falls near a new moon at midnight, where a
    // calendar computed from an approximate new moon is a day off).
    const festivals = {
      'spring-festival': ['2026-02-17', '2027-02-06', '2030-02-03', '2031-01-23', '2035-02-08', '2040-02-12'],
      'dragon-boat': ['2026-06-19', '2028-05-28', '2033-06-01', '2040-06-14'],
      'mid-autumn': ['2026-09-25', '2028-10-03', '2030-09-12', '2036-10-04', '2040-09-20'],
    };
    for (const [id, dates] of Object.entries(festivals))
      for (const date of dates) expect([date, ids(date)]).toEqual([date, [id]]);
    expect(ids('2027-02-05')).toEqual([]);
    expect(ids('2030-02-02')).toEqual([]);
  });
  it('reads no festival in a leap month, which repeats a month’s number', () => {
    // 2025 had a leap sixth month; 2033 a leap eleventh; 2028's leap fifth month repeats the
    // Dragon Boat month: its fifth day is no festival.
    expect(lunarDay('2025-07-25')).toBeUndefined();
    expect(lunarDay('2028-06-27')).toBeUndefined();
    expect(ids('2028-06-27')).toEqual([]);
    expect(lunarDay('2026-02-17')).toBe('L-01-01');
  });
  it('greets only the audience of a holiday', () => {
    const christmas = holidaysOn('2026-12-25', DEFAULT_HOLIDAYS)[0]!;
    expect(christmas.audience).toBe('en');
  });
});

describe('time zones around midnight', () => {
  it('date a firing in the department time zone', () => {
    // 00:30 on 17 February in Shanghai is still 16 February in UTC.
    expect(localDate(new Date('2026-02-16T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-02-17');
    expect(localDate(new Date('2026-02-16T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-02-16');
    expect(localDate(new Date('2026-02-16T16:30:00Z'), 'UTC')).toBe('2026-02-16');
  });
  it('count days and months across year ends', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(monthOf('2026-01-15', -1)).toBe('2025-12');
    expect(monthOf('2026-01-15', -13)).toBe('2024-12');
  });
  it('fire the schedules at local time', () => {
    const job = SCHEDULED_JOBS.find((candidate) => candidate.name === 'care-messages')!;
    const next = new Cron(cronerPattern(job.cron), { timezone: 'Asia/Shanghai' }).nextRun(
      new Date('2026-02-16T20:00:00Z'),
    );
    expect(next?.toISOString()).toBe('2026-02-17T01:00:00.000Z');
  });
});

describe('schedule expressions', () => {
  it('write EventBridge Scheduler and croner forms of the same schedule', () => {
    expect(schedulerExpression({ minute: '0', hour: '9' })).toBe('cron(0 9 * * ? *)');
    expect(schedulerExpression({ minute: '0', hour: '18', dayOfWeek: 'FRI' })).toBe('cron(0 18 ? * FRI *)');
    expect(schedulerExpression({ minute: '0', hour: '23', dayOfMonth: 'L' })).toBe('cron(0 23 L * ? *)');
    expect(cronerPattern({ minute: '0', hour: '23', dayOfMonth: 'L' })).toBe('0 23 L * *');
  });
});

describe('email templates', () => {
  const signature = { repName: '李娜', company: '华东精密机械有限公司' };
  it('speak the contact’s language', () => {
    expect(birthdayGreeting('zh-CN', '王芳', signature).subject).toBe('王芳，祝您生日快乐！');
    expect(birthdayGreeting('en', 'Anna', { ...signature, company: 'ACME' }).subject).toBe(
      'Happy birthday, Anna!',
    );
    const festival = holidaysOn('2026-09-25', DEFAULT_HOLIDAYS)[0]!;
    expect(holidayGreeting('zh-CN', festival, '王芳', signature).text).toContain('中秋节');
    expect(holidayGreeting('en', festival, 'Anna', signature).text).toContain('Mid-Autumn Festival');
  });
  it('escape names in HTML and link every revisit in the digest', () => {
    const greeting = birthdayGreeting('en', '<script>x</script>', signature);
    expect(greeting.html).not.toContain('<script>');
    expect(greeting.html).toContain('&lt;script&gt;');
    const digest = revisitDigest(
      'en',
      'Emily',
      {
        opened: [{ revisitId: 'R1', customerName: 'Acme & Co', dueOn: '2026-12-05', reason: 'r' }],
        overdue: [],
        followUps: [],
        missed: [],
      },
      'https://api.example',
    );
    expect(digest.subject).toBe('Revisits: 1 new, 0 overdue');
    expect(digest.text).not.toContain('Overdue revisits');
    expect(digest.text).toContain('https://api.example/revisits/R1');
    expect(digest.html).toContain('<a href="https://api.example/revisits/R1">');
    expect(digest.html).toContain('Acme &amp; Co');
  });
});
