import { bumpVersion } from '#shared/clock.ts';
import { monthOf } from '#shared/calendar.ts';
import type { ClassificationSettings } from './settings.ts';

export type CustomerClass = 'A' | 'B' | 'C';

/** Rolling aggregates per customer: amounts and counts per calendar month, first purchase. */
export interface PurchaseStats {
  /** `amount_YYYY_MM` and `count_YYYY_MM` attributes, as stored. */
  [bucket: `amount_${string}` | `count_${string}`]: number;
  firstPurchaseOn?: string;
  lastInteractionAt?: string;
}

export const amountBucket = (date: string) => `amount_${monthOf(date).replace('-', '_')}` as const;
export const countBucket = (date: string) => `count_${monthOf(date).replace('-', '_')}` as const;

/** Calendar months from one date to another, counting a month only once its day is reached. */
function wholeMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

export interface ClassificationInputs {
  /** Purchases in the trailing 12 calendar months (this one included), minor units. */
  trailingAmount: number;
  trailingPurchases: number;
  yearsOfCooperation: number;
  /** 1 to 5; a customer without a rating counts as 1. */
  influence: number;
}

/** Reads the inputs from the aggregates: 12 buckets, never the purchases themselves. */
export function inputsOf(
  stats: Partial<PurchaseStats> | undefined,
  influence: number | undefined,
  today: string,
): ClassificationInputs {
  let trailingAmount = 0;
  let trailingPurchases = 0;
  for (let shift = 0; shift > -12; shift--) {
    const month = monthOf(today, shift).replace('-', '_');
    trailingAmount += (stats?.[`amount_${month}`] as number | undefined) ?? 0;
    trailingPurchases += (stats?.[`count_${month}`] as number | undefined) ?? 0;
  }
  const first = stats?.firstPurchaseOn;
  const years = first ? Math.max(0, wholeMonthsBetween(first, today)) / 12 : 0;
  return {
    trailingAmount,
    trailingPurchases,
    yearsOfCooperation: Math.floor(years * 10) / 10,
    influence: influence ?? 1,
  };
}

export interface Reason {
  factor: 'amount' | 'frequency' | 'years' | 'influence';
  value: number;
  /** Points this factor contributed to the score. */
  points: number;
  maxPoints: number;
}

export interface Classification {
  score: number;
  class: CustomerClass;
  reasons: Reason[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The score is 100 points split by weight; each factor earns its share in proportion to how close
 * it comes to its full mark (capped). Same inputs, same class.
 */
export function classify(inputs: ClassificationInputs, settings: ClassificationSettings): Classification {
  const factors: [Reason['factor'], number, number][] = [
    ['amount', inputs.trailingAmount, inputs.trailingAmount / settings.fullMarks.amount],
    ['frequency', inputs.trailingPurchases, inputs.trailingPurchases / settings.fullMarks.purchases],
    ['years', inputs.yearsOfCooperation, inputs.yearsOfCooperation / settings.fullMarks.years],
    ['influence', inputs.influence, (inputs.influence - 1) / 4],
  ];
  const reasons = factors.map(([factor, value, ratio]) => {
    const maxPoints = settings.weights[factor] * 100;
    return {
      factor,
      value,
      points: round1(maxPoints * Math.min(1, Math.max(0, ratio))),
      maxPoints: round1(maxPoints),
    };
  });
  const score = round1(reasons.reduce((sum, reason) => sum + reason.points, 0));
  const customerClass: CustomerClass =
    score >= settings.thresholds.A ? 'A' : score >= settings.thresholds.B ? 'B' : 'C';
  return { score, class: customerClass, reasons };
}

/** What a stored classification record holds (see model.ts). */
interface RecordShape {
  customerId: string;
  score: number | null;
  computedClass: CustomerClass | null;
  reasons: Reason[];
  classifiedAt: string | null;
  override?: { class: CustomerClass; reason: string; by: string; at: string };
  version: number;
}

interface ClassChangeShape {
  from: CustomerClass | null;
  to: CustomerClass | null;
  cause: 'classification' | 'override' | 'override-cleared';
  by: string;
  reason?: string;
  at: string;
}

/** A manager's override holds until it is cleared. */
export const effectiveClass = (record: RecordShape | undefined): CustomerClass | null =>
  record?.override?.class ?? record?.computedClass ?? null;

function withChange<R extends RecordShape>(
  before: R | undefined,
  after: R,
  change: Omit<ClassChangeShape, 'from' | 'to'>,
) {
  const from = effectiveClass(before);
  const to = effectiveClass(after);
  return { after, change: from === to ? undefined : { ...change, from, to } };
}

const emptyRecord = (customerId: string): RecordShape => ({
  customerId,
  score: null,
  computedClass: null,
  reasons: [],
  classifiedAt: null,
  version: 0,
});

/** The job's new result; undefined when score and class are what they were (nothing to write). */
export function reclassified(
  before: RecordShape | undefined,
  customerId: string,
  result: Classification,
  at: string,
) {
  if (before && before.score === result.score && before.computedClass === result.class) return undefined;
  const base = before ?? emptyRecord(customerId);
  const after = bumpVersion({
    ...base,
    score: result.score,
    computedClass: result.class,
    reasons: result.reasons,
    classifiedAt: at,
  });
  return withChange(before, after, { cause: 'classification', by: 'classification-job', at });
}

export function overridden(
  before: RecordShape | undefined,
  customerId: string,
  override: { class: CustomerClass; reason: string; by: string; at: string },
) {
  const base = before ?? emptyRecord(customerId);
  const after = bumpVersion({ ...base, override });
  return withChange(before, after, {
    cause: 'override',
    by: override.by,
    reason: override.reason,
    at: override.at,
  });
}

export function overrideCleared(before: RecordShape, by: string, at: string) {
  const { override: _cleared, ...rest } = before;
  const after = bumpVersion({ ...rest });
  return withChange(before, after, { cause: 'override-cleared', by, at });
}
