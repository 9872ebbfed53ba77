import { hasAnyRole } from '#shared/caller.ts';
import { newResource } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { collectAll, pageParameters } from '#shared/listing.ts';
import { period, periodMonths } from '#shared/periods.ts';
import { validationProblem } from '#shared/problem.ts';
import { createdReply, found } from '#shared/resource-replies.ts';
import * as z from 'zod/mini';
import { visibleCustomer } from '../customers/public.ts';
import { INTEL_KINDS, intelListQuery, type MarketIntel, newIntel } from './market-intel-model.ts';
import { assertIntelComplete, summarizeIntel } from './market-intel-rules.ts';
import { productKey } from '../service/public.ts';
import { getProduct, intelWrites, listIntel } from './store.ts';

/**
 * Market intelligence (§2.1.4, §2.2.3): reps (and the manager and sales admin) record what they
 * learn of competitors, market prices, customers' product feedback and opportunities in new
 * markets; the whole of sales reads it by kind or region, filtered by competitor and product; the
 * manager and sales admin read a period's summary, and production (with R&D, whose requests it
 * carries) reads its product feedback.
 */
const SALES = ['sales_rep', 'sales_manager', 'sales_admin'] as const;

const record = defineOperation({
  operationId: 'recordMarketIntel',
  method: 'POST',
  path: '/market-intelligence',
  auth: 'jwt',
  roles: SALES,
  body: newIntel,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    assertIntelComplete(body);
    // A rep records about their own customers; the manager and sales admin about any.
    if (body.customerId) await visibleCustomer(caller, body.customerId);
    const catalogue = body.productId
      ? found(await getProduct(body.productId), `Product ${body.productId}`)
      : undefined;
    // Named as tickets and the knowledge base name it, so feedback and problems meet by product.
    const product = catalogue ?? (body.product ? { name: body.product } : undefined);
    const intel: MarketIntel = newResource({
      ...body,
      ...(product ? { product: productKey(product) } : {}),
      recordedBy: caller.id,
    });
    return createOnce(
      request,
      intelWrites(intel),
      createdReply(`/market-intelligence?kind=${intel.kind}`, intel),
    );
  },
});

const list = defineOperation({
  operationId: 'listMarketIntel',
  method: 'GET',
  path: '/market-intelligence',
  auth: 'jwt',
  roles: SALES,
  query: z.strictObject({ ...intelListQuery.def.shape, ...pageParameters }),
  async handle({ query }) {
    const { limit, cursor, ...filter } = query;
    if (!filter.kind && !filter.region)
      throw validationProblem([{ in: 'query', path: 'kind', message: 'Name a kind or a region' }]);
    // DynamoDB refuses a key range that ends before it starts: a clear 400 instead.
    if (filter.from && filter.to && filter.from > filter.to)
      throw validationProblem([{ in: 'query', path: 'to', message: 'On or after from' }]);
    const found = await listIntel(
      { ...filter, ...(filter.product ? { product: productKey({ name: filter.product }) } : {}) },
      { limit, cursor },
    );
    return { status: 200, body: found };
  },
});

const summary = defineOperation({
  operationId: 'getMarketIntelSummary',
  method: 'GET',
  path: '/market-intelligence/summary',
  auth: 'jwt',
  roles: ['sales_manager', 'sales_admin', 'production'],
  query: z.strictObject({ period }),
  async handle({ caller, query }) {
    const months = periodMonths(query.period);
    const range = { from: `${months[0]!}-01`, to: `${months.at(-1)!}-31` };
    // Production reads the customers' product feedback, not the market's prices and competitors.
    const kinds = hasAnyRole(caller, ['sales_manager', 'sales_admin'])
      ? INTEL_KINDS
      : (['product_feedback'] as const);
    const records = (
      await Promise.all(kinds.map((kind) => collectAll((page) => listIntel({ kind, ...range }, page))))
    ).flat();
    return { status: 200, body: summarizeIntel(query.period, records) };
  },
});

export const marketIntelOperations: readonly Operation[] = [record, list, summary];
