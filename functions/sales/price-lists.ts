import { commitChange } from '#shared/change.ts';
import { expectedVersion } from '#shared/conditional.ts';
import { newResource, nextVersion } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { CUSTOMER_ROLES } from '../customers/public.ts';
import { CATALOGUE_EDITORS } from './access.ts';
import { type PriceList, type PriceListInput, priceListInput } from './price-list-model.ts';
import { getPriceList, getProducts, listPriceLists, priceListWrites } from './store.ts';

/**
 * Price lists by customer class or region (what users of the big systems ask for): kept by the
 * sales manager and sales admin, as the catalogue is; read by everyone who quotes.
 */

/** Every product a list names is in the catalogue (a retired one may stay listed). */
async function assertProductsExist(input: PriceListInput) {
  const products = await getProducts(input.prices.map((price) => price.productId));
  const unknown = input.prices.flatMap((price, index) =>
    products.has(price.productId)
      ? []
      : [{ in: 'body' as const, path: `prices.${index}.productId`, message: 'No such product' }],
  );
  if (unknown.length > 0) throw validationProblem(unknown);
}

const create = defineOperation({
  operationId: 'createPriceList',
  method: 'POST',
  path: '/price-lists',
  auth: 'jwt',
  roles: CATALOGUE_EDITORS,
  body: priceListInput,
  idempotent: true,
  async handle(request) {
    await assertProductsExist(request.body);
    const list: PriceList = newResource({ ...request.body, setBy: request.caller.id });
    return createOnce(
      request,
      priceListWrites(undefined, list, request.caller.id),
      createdReply(`/price-lists/${list.id}`, list),
    );
  },
});

const list = defineOperation({
  operationId: 'listPriceLists',
  method: 'GET',
  path: '/price-lists',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    return { status: 200, body: await listPriceLists(query) };
  },
});

const read = defineOperation({
  operationId: 'getPriceList',
  method: 'GET',
  path: '/price-lists/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  params: idParams,
  async handle({ params }) {
    return resourceReply(found(await getPriceList(params.id), `Price list ${params.id}`));
  },
});

const replace = defineOperation({
  operationId: 'replacePriceList',
  method: 'PUT',
  path: '/price-lists/{id}',
  auth: 'jwt',
  roles: CATALOGUE_EDITORS,
  params: idParams,
  body: priceListInput,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const current = found(await getPriceList(params.id), `Price list ${params.id}`);
    expectedVersion(headers, current.version);
    await assertProductsExist(body);
    const { customerClass: _class, region: _region, ...kept } = current;
    const next = nextVersion<PriceList>({ ...kept, ...body, setBy: caller.id });
    await commitChange(priceListWrites(current, next, caller.id));
    return resourceReply(next);
  },
});

export const priceListOperations: readonly Operation[] = [create, list, read, replace];
