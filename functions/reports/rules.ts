import { defineOwnership } from '#shared/access.ts';
import type { ClassCount, CustomerCount, Figure, PipelineCount, SalesRow } from './model.ts';

/**
 * The reports' arithmetic (R-7.1), pure: figures of the period's months added up per key, set
 * against the same months a year earlier and against targets; the customer counts; the mix.
 */

/** A ratio in basis points, rounded half away from zero; absent without a base. */
export const basisPointsOf = (part: number, whole: number): number | undefined =>
  whole > 0 ? Math.round((part * 10_000) / whole) : undefined;

/** Growth over the year before in basis points: +2500 is a quarter more. */
export const growthOf = (now: number, before: number) => basisPointsOf(now - before, before);

interface Sum {
  name?: string;
  revenue: number;
  orders: number;
  quantity?: number;
}

/** The figures of several months added up per key (the latest name wins). */
export function addUp(figures: readonly Figure[]): Map<string, Sum> {
  const sums = new Map<string, Sum>();
  for (const figure of [...figures].sort((a, b) => a.month.localeCompare(b.month))) {
    const sum = sums.get(figure.key) ?? { revenue: 0, orders: 0 };
    sum.revenue += figure.revenue;
    sum.orders += figure.orders;
    if (figure.quantity !== undefined) sum.quantity = (sum.quantity ?? 0) + figure.quantity;
    if (figure.name) sum.name = figure.name;
    sums.set(figure.key, sum);
  }
  return sums;
}

/** One row: the period's sum against the year before and, where there is one, the target. */
export function salesRow(
  key: string,
  now: Sum | undefined,
  before: Sum | undefined,
  target?: number,
): SalesRow {
  const revenue = now?.revenue ?? 0;
  const lastYear = before?.revenue ?? 0;
  const growth = growthOf(revenue, lastYear);
  const attainment = target === undefined ? undefined : basisPointsOf(revenue, target);
  const name = now?.name ?? before?.name;
  return {
    key,
    ...(name ? { name } : {}),
    revenue,
    orders: now?.orders ?? 0,
    ...(now?.quantity !== undefined ? { quantity: now.quantity } : {}),
    lastYear,
    ...(growth !== undefined ? { growthBasisPoints: growth } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(attainment !== undefined ? { attainmentBasisPoints: attainment } : {}),
  };
}

/**
 * The rows of a breakdown, largest revenue first (then by key): every key with figures in the
 * period or the year before, and every key with a target.
 */
export function salesRows(
  now: readonly Figure[],
  before: readonly Figure[],
  targets?: ReadonlyMap<string, number>,
  names?: ReadonlyMap<string, string>,
): SalesRow[] {
  const current = addUp(now);
  const earlier = addUp(before);
  const keys = new Set([...current.keys(), ...earlier.keys(), ...(targets?.keys() ?? [])]);
  return [...keys]
    .map((key) => {
      const row = salesRow(key, current.get(key), earlier.get(key), targets?.get(key));
      const name = names?.get(key);
      return name ? { ...row, name } : row;
    })
    .sort((a, b) => b.revenue - a.revenue || a.key.localeCompare(b.key));
}

/** The whole period: the department's totals against the year before and the sum of the targets. */
export function totalRow(now: readonly Figure[], before: readonly Figure[], target?: number): SalesRow {
  const sum = (figures: readonly Figure[]) =>
    addUp(figures.map((figure) => ({ ...figure, key: 'total' }))).get('total');
  return salesRow('total', sum(now), sum(before), target);
}

/** Rows added up into one (a team's total): revenue, orders, last year, targets where all have one. */
export function sumOfRows(key: string, rows: readonly SalesRow[]): SalesRow {
  const add = (pick: (row: SalesRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const targeted = rows.length > 0 && rows.every((row) => row.target !== undefined);
  return salesRow(
    key,
    { revenue: add((row) => row.revenue), orders: add((row) => row.orders) },
    { revenue: add((row) => row.lastYear), orders: 0 },
    targeted ? add((row) => row.target!) : undefined,
  );
}

/** Month by month: the department's total of each month against its month a year earlier and its target. */
export function monthRows(
  months: readonly string[],
  now: readonly Figure[],
  before: readonly Figure[],
  targets?: ReadonlyMap<string, number>,
): SalesRow[] {
  return months.map((month) => {
    const earlierMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    const of = (figures: readonly Figure[], wanted: string) =>
      addUp(
        figures.filter((figure) => figure.month === wanted).map((figure) => ({ ...figure, key: month })),
      ).get(month);
    return salesRow(month, of(now, month), of(before, earlierMonth), targets?.get(month));
  });
}

export const CUSTOMER_MEASURES = ['filed', 'lost', 'wonBack', 'complaints', 'complaintsSolved'] as const;
type Counts = Record<(typeof CUSTOMER_MEASURES)[number], number>;
const none = (): Counts => ({ filed: 0, lost: 0, wonBack: 0, complaints: 0, complaintsSolved: 0 });

/** The customers filed, lost and won back, and the complaints logged and solved, per rep and in all. */
export function customerCounts(counts: readonly CustomerCount[]) {
  const byRep = new Map<string, Counts>();
  for (const count of counts) {
    const rep = byRep.get(count.ownerId) ?? none();
    for (const measure of CUSTOMER_MEASURES) rep[measure] += count[measure] ?? 0;
    byRep.set(count.ownerId, rep);
  }
  const rows = [...byRep]
    .map(([employeeId, rep]) => ({ employeeId, ...rep }))
    .sort((a, b) => b.filed - a.filed || a.employeeId.localeCompare(b.employeeId));
  const total = none();
  for (const row of rows) for (const measure of CUSTOMER_MEASURES) total[measure] += row[measure];
  return { total, rows };
}

const CLASS_ORDER = ['A', 'B', 'C', 'none'];

/** The class mix in A, B, C, unclassified order; every class shown, none negative. */
export const classMix = (counts: readonly ClassCount[]): ClassCount[] =>
  CLASS_ORDER.map((name) => ({
    class: name,
    customers: Math.max(0, counts.find((count) => count.class === name)?.customers ?? 0),
  }));

/** The open stages of the pipeline in their order; stages nobody stands in are left out. */
export const pipelineStages = (
  counts: readonly PipelineCount[],
  stages: readonly string[],
): PipelineCount[] =>
  counts
    .filter((count) => stages.includes(count.stage) && count.opportunities > 0)
    .sort(
      (a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage) || a.currency.localeCompare(b.currency),
    );

/** A supervisor reads the sales report by rep, of their own team (and themselves) with the team's total. */
export const ownTeam = defineOwnership(
  'own team',
  "A supervisor reads the sales report by rep, of their own team (and themselves); the department's readers read every report.",
);
