import { newResource } from '#shared/clock.ts';
import { collectAll } from '#shared/listing.ts';
import { commit } from '#shared/transaction.ts';
import type { NewProduct, Product } from './model.ts';
import { listProducts, productWrites } from './store.ts';

/** The whole catalogue (a few hundred products: one Query a megabyte), for exports and imports. */
export const allProducts = (): Promise<Product[]> => collectAll(listProducts);

/**
 * Files one imported product as `POST /products` would, unless the catalogue already has its model
 * (the natural key of a sheet's row): `models` is the catalogue's models, kept current by the caller
 * across the rows of one run.
 */
export async function importProduct(
  input: NewProduct,
  models: Set<string>,
  actorId: string,
): Promise<'created' | 'exists'> {
  if (models.has(input.model)) return 'exists';
  await commit(productWrites(undefined, newResource(input), actorId));
  models.add(input.model);
  return 'created';
}
