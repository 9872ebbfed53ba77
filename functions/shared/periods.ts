import * as z from 'zod/mini';

/** A period of figures: a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`). */
export const period = z
  .string()
  .check(z.regex(/^20\d\d(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'Must be 2026, 2026-Q3 or 2026-07'));

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** The months (`YYYY-MM`) of a year, a quarter or a month. */
export function periodMonths(value: string): string[] {
  const year = value.slice(0, 4);
  if (value.length === 4) return MONTHS.map((month) => `${year}-${month}`);
  if (value[5] === 'Q') {
    const quarter = Number(value[6]);
    return MONTHS.slice((quarter - 1) * 3, quarter * 3).map((month) => `${year}-${month}`);
  }
  return [value];
}

/** The same months a year earlier (for growth). */
export const yearBefore = (months: readonly string[]) =>
  months.map((month) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`);

/** The same period a year earlier: `2026-Q3` → `2025-Q3`. */
export const periodYearBefore = (value: string) => `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
