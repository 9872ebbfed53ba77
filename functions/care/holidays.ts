import { isLeapYear } from '#shared/calendar.ts';

/**
 * The care calendar: holidays on which every contact (or those of one language) gets a
 * greeting. A date is `MM-DD` (every year) or `YYYY-MM-DD` (lunar festivals move: list each year).
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
    dates: ['2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'],
    audience: 'all',
  },
  {
    id: 'dragon-boat',
    names: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
    dates: ['2026-06-19', '2027-06-09', '2028-05-28', '2029-06-16', '2030-06-05'],
    audience: 'all',
  },
  {
    id: 'mid-autumn',
    names: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
    dates: ['2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12'],
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

/** The holidays that fall on a calendar date. */
export function holidaysOn(date: string, calendar: readonly Holiday[]): Holiday[] {
  return calendar.filter((holiday) => holiday.dates.some((day) => day === date || day === date.slice(5)));
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
