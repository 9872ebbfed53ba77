import { commitChange } from '#shared/change.ts';
import { idParams } from '#shared/schemas.ts';
import * as z from 'zod/mini';
import { expectedVersion } from '#shared/conditional.ts';
import { newResource, nextVersion } from '#shared/clock.ts';
import { defineOperation, MERGE_PATCH_TYPES, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { mergePatch } from '#shared/merge-patch.ts';
import { createdReply, found, resourceReply } from '#shared/resource-replies.ts';
import { CUSTOMER_ROLES } from '../customers/public.ts';
import { newProduct, productPatch } from './model.ts';
import { getProduct, listProducts, productWrites } from './store.ts';
import { CATALOGUE_EDITORS } from './access.ts';

// Products (catalogue)

const createProduct = defineOperation({
  operationId: 'createProduct',
  method: 'POST',
  path: '/products',
  auth: 'jwt',
  roles: CATALOGUE_EDITORS,
  body: newProduct,
  idempotent: true,
  async handle(request) {
    const product = newResource(request.body);
    return createOnce(
      request,
      productWrites(undefined, product, request.caller.id),
      createdReply(`/products/${product.id}`, product),
    );
  },
});

const listProductsOperation = defineOperation({
  operationId: 'listProducts',
  method: 'GET',
  path: '/products',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    return { status: 200, body: await listProducts(query) };
  },
});

const getProductOperation = defineOperation({
  operationId: 'getProduct',
  method: 'GET',
  path: '/products/{id}',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  params: idParams,
  async handle({ params }) {
    return resourceReply(found(await getProduct(params.id), `Product ${params.id}`));
  },
});

const updateProduct = defineOperation({
  operationId: 'updateProduct',
  method: 'PATCH',
  path: '/products/{id}',
  auth: 'jwt',
  roles: CATALOGUE_EDITORS,
  params: idParams,
  body: productPatch,
  bodyTypes: MERGE_PATCH_TYPES,
  conditional: true,
  async handle({ caller, params, body, headers }) {
    const current = found(await getProduct(params.id), `Product ${params.id}`);
    expectedVersion(headers, current.version);
    const next = nextVersion(mergePatch(current, body));
    await commitChange(productWrites(current, next, caller.id));
    return resourceReply(next);
  },
});

export const catalogueOperations: readonly Operation[] = [
  createProduct,
  listProductsOperation,
  getProductOperation,
  updateProduct,
];
