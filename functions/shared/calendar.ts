/** Dates as a department in one time zone sees them. */

/** Default time zone of schedules and calendar rules. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const timeZone = (): string => process.env.TIME_ZONE ?? DEFAULT_TIME_ZONE;

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** YYYY-MM of a calendar date, shifted by whole months. */
export function monthOf(date: string, shift = 0): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** An instant as people in a time zone read it: `2026-12-01 18:05 (Asia/Shanghai)`. */
export function localTime(iso: string, zone: string = timeZone()): string {
  const text = new Date(iso).toLocaleString('sv-SE', { timeZone: zone, hour12: false });
  return `${text.slice(0, 16)} (${zone})`;
}

/** The local month (`YYYY-MM`) of a UTC instant, in the company's time zone. */
export const monthOfInstant = (at: string): string => localDate(new Date(at), timeZone()).slice(0, 7);

/** The last instant of a local calendar day (links valid "until the survey closes on …"). */
export function endOfLocalDay(date: string, zone: string = timeZone()): string {
  const nextMidnightUtc = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  const local = new Date(nextMidnightUtc).toLocaleString('sv-SE', { timeZone: zone, hour12: false });
  const offset = Date.parse(`${local.replace(' ', 'T')}Z`) - nextMidnightUtc;
  return new Date(nextMidnightUtc - offset - 1).toISOString();
}

/** The department's calendar day now (its time zone, not the machine's). */
export const today = (): string => localDate(new Date(), timeZone());
