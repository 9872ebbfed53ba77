import solarLunar from 'solarlunar';
import { isLeapYear } from '#shared/calendar.ts';

/**
 * The care calendar: holidays on which every contact (or those of one language) gets a
 * greeting. A date is `MM-DD` (that day every year), `L-MM-DD` (that day of the Chinese lunar
 * calendar every year: the festivals move against the Gregorian one) or `YYYY-MM-DD` (one day).
 * A deployment replaces it with the `care.holidays` CDK context value.
 */
export type Language = 'zh-CN' | 'en';

export interface Holiday {
  id: string;
  names: Record<Language, string>;
  dates: string[];
  audience: 'all' | Language;
}

export const DEFAULT_HOLIDAYS: Holiday[] = [
  { id: 'new-year', names: { 'zh-CN': '元旦', en: 'New Year' }, dates: ['01-01'], audience: 'all' },
  {
    id: 'spring-festival',
    names: { 'zh-CN': '春节', en: 'Chinese New Year' },
    dates: ['L-01-01'],
    audience: 'all',
  },
  {
    id: 'dragon-boat',
    names: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
    dates: ['L-05-05'],
    audience: 'all',
  },
  {
    id: 'mid-autumn',
    names: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
    dates: ['L-08-15'],
    audience: 'all',
  },
  {
    id: 'national-day',
    names: { 'zh-CN': '国庆节', en: 'National Day' },
    dates: ['10-01'],
    audience: 'zh-CN',
  },
  { id: 'christmas', names: { 'zh-CN': '圣诞节', en: 'Christmas' }, dates: ['12-25'], audience: 'en' },
];

/**
 * A Gregorian date (`YYYY-MM-DD`) as a day of the Chinese lunar calendar (`L-MM-DD`), by
 * `solarlunar`'s tables (1900–2100, from the Hong Kong Observatory's calendar). A day of a leap month
 * is none: the festivals fall in the regular month of their number.
 */
export function lunarDay(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lunar = solarLunar.solar2lunar(year, month, day);
  if (lunar === -1 || lunar.isLeap) return undefined;
  return `L-${String(lunar.lMonth).padStart(2, '0')}-${String(lunar.lDay).padStart(2, '0')}`;
}

/** The holidays that fall on a calendar date. */
export function holidaysOn(date: string, calendar: readonly Holiday[]): Holiday[] {
  const lunar = calendar.some((holiday) => holiday.dates.some((day) => day.startsWith('L-')))
    ? lunarDay(date)
    : undefined;
  return calendar.filter((holiday) =>
    holiday.dates.some((day) => day === date || day === date.slice(5) || day === lunar),
  );
}

export const greetsLanguage = (holiday: Holiday, language: Language) =>
  holiday.audience === 'all' || holiday.audience === language;

/**
 * Birthdays (`MM-DD`) celebrated on a date. Someone born on 29 February is greeted on 28 February
 * in years without one.
 */
export function birthdaysOn(date: string): string[] {
  const monthDay = date.slice(5);
  return monthDay === '02-28' && !isLeapYear(Number(date.slice(0, 4))) ? ['02-28', '02-29'] : [monthDay];
}
