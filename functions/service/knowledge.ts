import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { knowledgeQuery } from './model.ts';
import { searchWords } from '#shared/search.ts';
import { productKey } from './ticket-rules.ts';
import { getKnowledgeEntry, searchKnowledge } from './store.ts';
import { commonProblemsOf } from './problem-summary.ts';
import { period, periodMonths } from '#shared/periods.ts';

/**
 * The knowledge base: every solved ticket's problem → cause → solution, by product,
 * searchable by the team (its words filtered in DynamoDB; one product's entries are one partition).
 */
const TEAM = ['sales_rep', 'sales_admin', 'sales_manager', 'technician', 'production', 'logistics'] as const;

const search = defineOperation({
  operationId: 'searchKnowledge',
  method: 'GET',
  path: '/knowledge',
  auth: 'jwt',
  roles: TEAM,
  query: z.strictObject({ ...pageParameters, ...knowledgeQuery.def.shape }),
  async handle({ query }) {
    const { product, q, ...page } = query;
    const key = product === undefined ? undefined : productKey({ name: product });
    return { status: 200, body: await searchKnowledge(key, searchWords(q), page) };
  },
});

const read = defineOperation({
  operationId: 'getKnowledgeEntry',
  method: 'GET',
  path: '/knowledge/{id}',
  auth: 'jwt',
  roles: TEAM,
  params: idParams,
  async handle({ params }) {
    return resourceReply(found(await getKnowledgeEntry(params.id), `Knowledge entry ${params.id}`));
  },
});

/** The after-sales analysis (§3.6.4): a period's most common problems and their known solutions. */
const problems = defineOperation({
  operationId: 'getProblemSummary',
  method: 'GET',
  path: '/problem-summary',
  auth: 'jwt',
  roles: ['sales_manager', 'sales_admin', 'technician', 'production'],
  query: z.strictObject({ period }),
  async handle({ query }) {
    return {
      status: 200,
      body: { period: query.period, ...(await commonProblemsOf(periodMonths(query.period))) },
    };
  },
});

export const knowledgeOperations: readonly Operation[] = [search, read, problems];
