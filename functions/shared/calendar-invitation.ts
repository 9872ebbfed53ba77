import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { timeZone } from './calendar.ts';

/**
 * A calendar invitation (iCalendar, RFC 5545) carried by an email, which mail clients offer to add
 * to the calendar. One entry per thing planned (`uid`): an invitation sent again after a change
 * (a higher `sequence`) updates the same entry, and a cancellation removes it. Times are written in
 * the department's time zone, with its VTIMEZONE, so a calendar shows them as the department meant.
 * `ical-generator` writes the text (folding, escaping, the UTC stamp), with `luxon` placing each
 * instant in the zone (a plain Date would be written in the process's own zone); the zone's
 * VTIMEZONE is made here from the runtime's tz database (a file-based zone library would need its
 * files beside every bundle).
 */
export interface CalendarInvitation {
  /** Stable per planned thing, e.g. `training-<sessionId>`; the domain is added. */
  uid: string;
  /** Grows with each change (the record's version). */
  sequence: number;
  method: 'request' | 'cancel';
  /** Instants (ISO) of a timed event, or days (`YYYY-MM-DD`, end exclusive) of an all-day one. */
  start: string;
  end: string;
  allDay?: boolean;
  summary: string;
  description?: string;
  location?: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** What an email says of its calendar entry: the sender organizes it, the recipient attends. */
export type CalendarEntry = Omit<CalendarInvitation, 'organizer' | 'attendee'> & { attendeeName: string };

const UID_DOMAIN = 'sales-department';

/** The invitation's text: one VEVENT in a VCALENDAR with the method and the time zone. */
export function invitationText(invitation: CalendarInvitation): string {
  const zone = timeZone();
  const calendar = ical({
    prodId: { company: 'sales-department', product: 'sales-department', language: 'EN' },
    method: invitation.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: zone, generator: () => vtimezone(zone, invitation.start, invitation.end) },
  });
  const at = (value: string) =>
    invitation.allDay
      ? DateTime.fromISO(value, { zone: 'utc' })
      : DateTime.fromISO(value, { zone: 'utc' }).setZone(zone);
  calendar.createEvent({
    id: `${invitation.uid}@${UID_DOMAIN}`,
    sequence: invitation.sequence,
    start: at(invitation.start),
    end: at(invitation.end),
    allDay: invitation.allDay ?? false,
    timezone: zone,
    stamp: new Date(),
    summary: invitation.summary,
    ...(invitation.description ? { description: invitation.description } : {}),
    ...(invitation.location ? { location: invitation.location } : {}),
    organizer: invitation.organizer,
    attendees: [{ ...invitation.attendee, rsvp: false }],
    status: invitation.method === 'cancel' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

const HOUR = 3_600_000;
const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;
const utcOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};
/** Wall-clock time as iCalendar writes a local DTSTART: 20261025T030000. */
const localStamp = (ms: number, offsetMinutes: number) =>
  new Date(ms + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);

/**
 * The zone's VTIMEZONE for the year around the entry: one observance when the offset does not
 * change then (Asia/Shanghai), else each transition of those years as its own observance, found
 * from the runtime's tz data (a day's step, then the hour).
 */
export function vtimezone(zone: string, startIso: string, endIso: string): string {
  const from = Date.parse(startIso.length === 10 ? `${startIso}T00:00:00Z` : startIso) - 366 * 24 * HOUR;
  const to = Date.parse(endIso.length === 10 ? `${endIso}T00:00:00Z` : endIso) + 366 * 24 * HOUR;
  const transitions: { at: number; before: number; after: number }[] = [];
  for (let day = from; day < to; day += 24 * HOUR) {
    const before = offsetAt(zone, day);
    const after = offsetAt(zone, day + 24 * HOUR);
    if (before === after) continue;
    let hour = day;
    while (offsetAt(zone, hour + HOUR) === before) hour += HOUR;
    transitions.push({ at: hour + HOUR, before, after });
  }
  const first = offsetAt(zone, from);
  const standard = Math.min(first, ...transitions.map((change) => change.after));
  const observance = (start: string, before: number, after: number) => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${utcOffset(before)}`,
      `TZOFFSETTO:${utcOffset(after)}`,
      `DTSTART:${start}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(transitions.length === 0 ? '19700101T000000' : localStamp(from, first), first, first),
    ...transitions.flatMap((change) =>
      observance(localStamp(change.at, change.before), change.before, change.after),
    ),
    'END:VTIMEZONE',
  ].join('\r\n');
}

/** The invitation as an SES v2 attachment (`text/calendar` with its method, as clients expect). */
export function invitationAttachment(invitation: CalendarInvitation) {
  const method = invitation.method === 'cancel' ? 'CANCEL' : 'REQUEST';
  return {
    FileName: `${invitation.uid}.ics`,
    ContentType: `text/calendar; method=${method}; charset=UTF-8`,
    ContentDisposition: 'ATTACHMENT' as const,
    RawContent: new TextEncoder().encode(invitationText(invitation)),
  };
}
