/** OpenAPI text of the report operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { customerReport, pipelineReport, salesReport } from './model.ts';
import { analysisInput, planActuals, planInput, salesAnalysis, salesPlan } from './plan-model.ts';

const tags = ['Reports'];
const readers =
  'Sales admin (who compiles the statistics), the sales manager, the general manager and audit.';
const csv =
  '`format=csv` answers the rows as CSV in UTF-8 with a byte order mark (Excel reads the Chinese text).';

export const reportDocs: Record<string, OperationDocs> = {
  getSalesReport: {
    summary: 'Sales by rep, customer, product, region or month over a period (R-7.1)',
    description: `Completed orders of a year, quarter or month (by their completion date), broken down \`by\` rep (default), customer, product, region or month, each row against the same months a year earlier (growth) and, for reps and months, against the revenue targets (attainment); \`total\` is the department's. A supervisor reads it by rep only, of their own team and themselves, with the team's total (key \`team\`). Amounts in minor units of \`currency\` (default: the figures' currency, in which targets are kept; other currencies have no targets). Read from monthly aggregates, never from the orders. ${readers} ${csv}`,
    tags,
    responses: [
      { status: 200, description: 'The report.', schema: salesReport, alsoAs: ['text/csv'] },
      ...authProblems,
    ],
  },
  getCustomerReport: {
    summary:
      'Customer analysis over a period: class mix, new and lost customers, top customers, receivables aging',
    description: `The class mix now; the customers filed, lost and won back in the period, per rep; the ten customers with the most revenue in the period (with last year's); what is owed today by days past due. ${readers} ${csv} (one row per measure).`,
    tags,
    responses: [
      { status: 200, description: 'The analysis.', schema: customerReport, alsoAs: ['text/csv'] },
      ...authProblems,
    ],
  },
  getPipelineReport: {
    summary: 'The open pipeline by stage: opportunities and their expected value',
    description: `Opportunities standing in each open stage now, per currency of their expected value. ${readers} ${csv}`,
    tags,
    responses: [
      { status: 200, description: 'The pipeline.', schema: pipelineReport, alsoAs: ['text/csv'] },
      ...authProblems,
    ],
  },
  getReportPage: {
    summary: 'The report page for managers (HTML), or the list of reports (JSON)',
    description:
      'With `Accept: text/html`: a static page that signs the reader in (the authorization-code flow with PKCE at Cognito’s managed login; locally, the local provider) and reads the report endpoints with the reader’s own ID token, kept in the page’s memory only, to draw revenue by month against target, the pipeline by stage, the class mix and expenses against budget. The page holds no figures and needs no token; it returns to itself from the sign-in (`?code=…&state=…`). Otherwise: the reports and their formats.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The page, or the list of reports.',
        schema: z.object({
          reports: z.array(z.object({ name: z.string(), href: z.string(), formats: z.array(z.string()) })),
        }),
        alsoAs: ['text/html'],
      },
    ],
  },
  getReportPageAsset: {
    summary: 'A script of the report page (Chart.js, oauth4webapi, the page’s own and its sign-in)',
    tags,
    responses: [{ status: 200, description: 'The script.', contentType: 'text/javascript' }, notFoundProblem],
  },
  setSalesPlan: {
    summary: 'Set the sales plan of a year, a quarter or a month (§2.1.1)',
    description:
      'The sales manager: the strategy, the goals (revenue in all, by product and by region, in `currency`; new customers; markets to enter) and the actions with their owners and days. The parts never add up to more than the revenue goal; each product and region once; every owner an employee. Setting it again replaces it (audited).',
    tags: ['Plans'],
    requestBody: planInput,
    responses: [
      { status: 200, description: 'The plan.', schema: salesPlan },
      ...authProblems,
      { status: 412, description: 'Changed meanwhile: read it again.' },
      ...bodyProblems,
    ],
  },
  getSalesPlan: {
    summary: 'Read a period’s sales plan beside its actual figures and the manager’s analyses',
    description:
      'For everyone in sales and those who read the reports. `actuals`: each goal against the period’s figures so far (completed orders’ revenue in the plan’s currency, in all, by product and by region; customers filed) and the actions past their day not done. `analyses`: the manager’s analyses of the period, oldest first, each with the figures it cites as they were.',
    tags: ['Plans'],
    responses: [
      {
        status: 200,
        description: 'The plan, its actuals and analyses.',
        schema: z.object({ plan: salesPlan, actuals: planActuals, analyses: z.array(salesAnalysis) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  recordSalesAnalysis: {
    summary: 'Record the manager’s analysis of a period against its plan (§2.1.5)',
    description:
      'The sales manager: the assessment, the problems found and the measures taken; the plan’s goals against the figures at that moment are kept with it. A period may have several (a month-end and a later one). Honours `Idempotency-Key`.',
    tags: ['Plans'],
    requestBody: analysisInput,
    responses: [
      { status: 201, description: 'Recorded.', schema: salesAnalysis },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
};
