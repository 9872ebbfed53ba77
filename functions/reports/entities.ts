import { defineEntity } from '#shared/entity.ts';

/**
 * The reports' aggregates (R-7.1): running totals the reports consumer adds up as the events
 * arrive, so a report reads a few partitions however many orders there are.
 */
export const SalesFigures = defineEntity({
  type: 'SalesFigure',
  owner: 'reports',
  description:
    'A month’s completed orders for one rep, customer, product or region, or the whole department (`total#…#all`), in one currency: revenue, orders and (products) quantity, with the name to show.',
  key: { pk: 'SALES#{month}', sk: '{dimension}#{currency}#{key}' },
  patterns: [{ name: 'a month’s figures of one dimension in one currency', by: 'prefix' }],
});

export const CustomerCounts = defineEntity({
  type: 'CustomerCount',
  owner: 'reports',
  description: 'A month’s customers filed, lost and won back, and complaints logged and solved, per rep.',
  key: { pk: 'CUSTOMER_COUNTS#{month}', sk: 'REP#{ownerId}' },
  patterns: [{ name: 'a month’s counts of every rep', by: 'partition' }],
});

export const ClassCounts = defineEntity({
  type: 'ClassCount',
  owner: 'reports',
  description:
    'How many customers are in a class now (A, B, C, or `none` before their first classification).',
  key: { pk: 'CLASS_MIX', sk: 'CLASS#{class}' },
  patterns: [{ name: 'the class mix', by: 'partition' }],
});

export const PipelineCounts = defineEntity({
  type: 'PipelineCount',
  owner: 'reports',
  description: 'How many opportunities stand in a stage now, and their expected value, per currency.',
  key: { pk: 'PIPELINE', sk: 'STAGE#{stage}#{currency}' },
  patterns: [{ name: 'the pipeline by stage', by: 'partition' }],
});

export const SalesPlans = defineEntity({
  type: 'SalesPlan',
  owner: 'reports',
  description:
    'The department’s sales plan of a year, a quarter or a month (§2.1.1): strategy, goals (revenue in all, by product and region; new customers; markets to enter) and actions with owners and dates.',
  key: { pk: 'PLAN#{period}', sk: 'PLAN' },
  audited: true,
  patterns: [{ name: 'a period’s plan', by: 'item' }],
});

export const SalesAnalyses = defineEntity({
  type: 'SalesAnalysis',
  owner: 'reports',
  description:
    'The sales manager’s analysis of a period (§2.1.5): assessment, problems found, measures, and the plan’s goals against the figures as they were when written.',
  key: { pk: 'PLAN#{period}', sk: 'ANALYSIS#{at}#{id}' },
  patterns: [{ name: 'a period’s analyses, oldest first', by: 'prefix' }],
});
