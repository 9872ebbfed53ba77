import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { timeZone } from './calendar.ts';

/**
 * A calendar invitation (iCalendar, RFC 5545) carried by an email, which mail clients offer to add
 * to the calendar. One entry per thing planned (`uid`): an invitation sent again after a change
 * (a higher `sequence`) updates the same entry, and a cancellation removes it. Times are written in
 * the department's time zone, with its VTIMEZONE, so a calendar shows them as the department meant.
 * `ical-generator` writes the text (folding, escaping, the UTC stamp), with `luxon` placing each
 * instant in the zone (a plain Date would be written in the process's own zone);
 * `@touch4it/ical-timezones` gives the zone's rules from the tz database.
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
    timezone: { name: zone, generator: getVtimezoneComponent },
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
