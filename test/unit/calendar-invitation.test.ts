import { afterEach, describe, expect, it } from 'vitest';
import { invitationAttachment, invitationText } from '../../functions/shared/calendar-invitation.ts';

const base = {
  uid: 'training-01KTEST',
  sequence: 2,
  method: 'request' as const,
  start: '2026-12-10T01:30:00.000Z',
  end: '2026-12-10T03:30:00.000Z',
  summary: '产品培训; 数控折弯机, 第二期',
  location: '济南总部 3 楼',
  organizer: { name: 'Sales department', email: 'sales@hd-machinery.example' },
  attendee: { name: '李娜', email: 'li.na@hd-machinery.example' },
};
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '');

afterEach(() => {
  delete process.env.TIME_ZONE;
  delete process.env.TZ;
});

describe('a calendar invitation (RFC 5545)', () => {
  it('is one entry in the department’s time zone, whatever the zone of the machine writing it', () => {
    process.env.TZ = 'America/New_York';
    const text = invitationText(base);
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261210T093000');
    expect(text).toContain('DTEND;TZID=Asia/Shanghai:20261210T113000');
    expect(text).toContain('UID:training-01KTEST@sales-department');
    expect(text).toContain('SEQUENCE:2');
    expect(text).toContain('STATUS:CONFIRMED');
    // Text values escaped, long lines folded at 75 octets.
    expect(unfolded(text)).toContain('SUMMARY:产品培训\\; 数控折弯机\\, 第二期');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(unfolded(text)).toContain('MAILTO:li.na@hd-machinery.example');
  });

  it('follows the department’s zone with its summer time', () => {
    process.env.TIME_ZONE = 'Europe/Berlin';
    const text = invitationText({
      ...base,
      start: '2026-07-10T08:00:00.000Z',
      end: '2026-07-10T09:00:00.000Z',
    });
    expect(text).toContain('BEGIN:DAYLIGHT');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260710T100000');
  });

  it('cancels the same entry, and takes whole days for an all-day one', () => {
    const text = invitationText({ ...base, method: 'cancel', sequence: 3 });
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('UID:training-01KTEST@sales-department');
    const day = invitationText({ ...base, allDay: true, start: '2026-12-10', end: '2026-12-11' });
    expect(day).toContain('DTSTART;VALUE=DATE:20261210');
    expect(day).toContain('DTEND;VALUE=DATE:20261211');
  });

  it('is attached as text/calendar with its method, named by its entry', () => {
    const attachment = invitationAttachment(base);
    expect(attachment).toMatchObject({
      FileName: 'training-01KTEST.ics',
      ContentType: 'text/calendar; method=REQUEST; charset=UTF-8',
      ContentDisposition: 'ATTACHMENT',
    });
    const text = new TextDecoder().decode(attachment.RawContent);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('UID:training-01KTEST@sales-department');
    expect(
      new TextDecoder().decode(invitationAttachment({ ...base, method: 'cancel' }).RawContent),
    ).toContain('METHOD:CANCEL');
  });
});
