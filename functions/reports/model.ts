import * as z from 'zod/mini';
import { period } from '#shared/periods.ts';
import { currencyCode, named } from '#shared/schemas.ts';
import { receivablesAging } from '../orders/public.ts';

/** What the sales report can be broken down by; `month` is the department per month. */
export const DIMENSIONS = ['rep', 'customer', 'product', 'region', 'month'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** What the consumer keeps a running total of per month: the dimensions and the department. */
export type KeptDimension = Exclude<Dimension, 'month'> | 'total';

/** One running total as stored. */
export interface Figure {
  month: string;
  dimension: KeptDimension;
  currency: string;
  key: string;
  name?: string;
  revenue: number;
  orders: number;
  quantity?: number;
}

export interface CustomerCount {
  month: string;
  ownerId: string;
  filed?: number;
  lost?: number;
  wonBack?: number;
  complaints?: number;
  complaintsSolved?: number;
}

export interface ClassCount {
  class: string;
  customers: number;
}

export interface PipelineCount {
  stage: string;
  currency: string;
  opportunities: number;
  expectedValue: number;
}

const format = z.optional(z.enum(['json', 'csv']));

export const salesReportQuery = z.strictObject({
  period,
  by: z._default(z.enum(DIMENSIONS), 'rep'),
  /** Default: the currency of the figures and targets (performance settings). */
  currency: z.optional(currencyCode),
  format,
});

export const customerReportQuery = z.strictObject({ period, currency: z.optional(currencyCode), format });
export const pipelineReportQuery = z.strictObject({ format });

const amount = z.int();
const basisPoints = z.optional(z.int());

export const salesRow = named(
  'SalesRow',
  z.object({
    key: z.string(),
    name: z.optional(z.string()),
    revenue: amount,
    orders: z.int(),
    quantity: z.optional(z.int()),
    /** The same months a year earlier. */
    lastYear: amount,
    /** (revenue − last year) ÷ last year; absent when last year was nothing. */
    growthBasisPoints: basisPoints,
    /** Reps and months: the revenue target of the period. */
    target: z.optional(amount),
    /** revenue ÷ target. */
    attainmentBasisPoints: basisPoints,
  }),
);
export type SalesRow = z.output<typeof salesRow>;

export const salesReport = named(
  'SalesReport',
  z.object({
    period: z.string(),
    months: z.array(z.string()),
    by: z.enum(DIMENSIONS),
    currency: z.string(),
    rows: z.array(salesRow),
    total: salesRow,
  }),
);

export const customerReport = named(
  'CustomerReport',
  z.object({
    period: z.string(),
    months: z.array(z.string()),
    currency: z.string(),
    classMix: z.array(z.object({ class: z.string(), customers: z.int() })),
    /** In the period: customers filed, lost and won back; complaints logged and solved (their months). */
    customers: z.object({
      filed: z.int(),
      lost: z.int(),
      wonBack: z.int(),
      complaints: z.int(),
      complaintsSolved: z.int(),
    }),
    byRep: z.array(
      z.object({
        employeeId: z.string(),
        name: z.optional(z.string()),
        filed: z.int(),
        lost: z.int(),
        wonBack: z.int(),
        complaints: z.int(),
        complaintsSolved: z.int(),
      }),
    ),
    topCustomers: z.array(salesRow),
    /** Open receivables today, by days past due. */
    receivables: receivablesAging,
  }),
);

export const pipelineReport = named(
  'PipelineReport',
  z.object({
    stages: z.array(
      z.object({ stage: z.string(), currency: z.string(), opportunities: z.int(), expectedValue: z.int() }),
    ),
  }),
);
