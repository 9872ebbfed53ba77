import { tableName } from '#shared/db.ts';
import { type TransactItem } from '#shared/transaction.ts';
import { queryPartition } from '#shared/listing.ts';
import {
  ClassCounts,
  CustomerCounts,
  PipelineCounts,
  SalesAnalyses,
  SalesFigures,
  SalesPlans,
} from './entities.ts';
import type { SalesAnalysis, SalesPlan } from './plan-model.ts';
import { changeWrites } from '#shared/change.ts';
import { putNew } from '#shared/transaction.ts';
import { getResource } from '#shared/listing.ts';
import type { ClassCount, CustomerCount, Figure, KeptDimension, PipelineCount } from './model.ts';

/**
 * Running totals: `ADD` creates an item on its first use and adds to it after, so the consumer's
 * updates commute (events arrive in any order) and commit with its "handled" record, once.
 */
function addTo(
  key: { pk: string; sk: string },
  entityType: string,
  add: Record<string, number>,
  set: Record<string, string> = {},
): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':type': entityType };
  const sets = ['entityType = :type'];
  const adds: string[] = [];
  Object.entries(set).forEach(([name, value], index) => {
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    sets.push(`#s${index} = :s${index}`);
  });
  Object.entries(add).forEach(([name, value], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = value;
    adds.push(`#a${index} :a${index}`);
  });
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

export const figureAdd = (
  figure: Pick<Figure, 'month' | 'dimension' | 'currency' | 'key' | 'name'>,
  add: { revenue: number; orders: number; quantity?: number },
): TransactItem =>
  addTo(SalesFigures.key(figure), SalesFigures.type, add, {
    month: figure.month,
    dimension: figure.dimension,
    currency: figure.currency,
    key: figure.key,
    ...(figure.name ? { name: figure.name } : {}),
  });

/** What a month's customer counts hold per rep. */
export type CustomerMeasure = 'filed' | 'lost' | 'wonBack' | 'complaints' | 'complaintsSolved';

export const customerCountAdd = (
  month: string,
  ownerId: string,
  add: Partial<Record<CustomerMeasure, number>>,
): TransactItem =>
  addTo(CustomerCounts.key({ month, ownerId }), CustomerCounts.type, add, { month, ownerId });

export const classCountAdd = (name: string, customers: number): TransactItem =>
  addTo(ClassCounts.key({ class: name }), ClassCounts.type, { customers }, { class: name });

export const pipelineAdd = (stage: string, currency: string, opportunities: number, expectedValue: number) =>
  addTo(
    PipelineCounts.key({ stage, currency }),
    PipelineCounts.type,
    { opportunities, expectedValue },
    {
      stage,
      currency,
    },
  );

/** The figures of one dimension in one currency over months: one Query a month, in parallel. */
export async function monthsFigures(
  months: readonly string[],
  dimension: KeptDimension,
  currency: string,
): Promise<Figure[]> {
  const perMonth = await Promise.all(
    months.map((month) =>
      queryPartition<Figure>(SalesFigures.partition({ month }), `${dimension}#${currency}#`),
    ),
  );
  return perMonth.flat();
}

export async function monthsCustomerCounts(months: readonly string[]): Promise<CustomerCount[]> {
  const perMonth = await Promise.all(
    months.map((month) => queryPartition<CustomerCount>(CustomerCounts.partition({ month }))),
  );
  return perMonth.flat();
}

export const classCounts = () => queryPartition<ClassCount>(ClassCounts.partition({}));

export const pipelineCounts = () => queryPartition<PipelineCount>(PipelineCounts.partition({}));

export const getPlan = (period: string) => getResource<SalesPlan>(SalesPlans.key({ period }));

/** A plan, new or replaced (conditional on the version read), with its audit record. */
export const planWrites = (before: SalesPlan | undefined, after: SalesPlan) =>
  changeWrites({ entity: SalesPlans, key: after, before, after, actor: after.updatedBy, id: after.period });

export const analysisWrite = (analysis: SalesAnalysis): TransactItem =>
  putNew(SalesAnalyses.item(analysis, analysis));

/** A period's analyses, oldest first (the plan's audit records share the partition). */
export const periodAnalyses = (period: string) =>
  queryPartition<SalesAnalysis>(SalesAnalyses.partition({ period }), SalesAnalyses.skPrefix);
