import { commitUnlessChanged } from '#shared/change.ts';
import { nextVersion, nowIso } from '#shared/clock.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { collectAll } from '#shared/listing.ts';
import { logger } from '#shared/observability.ts';
import { importCustomer } from '../customers/public.ts';
import { importPurchase, purchaseReferences } from '../classification/public.ts';
import { allProducts, importProduct } from '../sales/public.ts';
import type { Import } from './model.ts';
import type { CustomerImport, ProductImport, PurchaseImport } from './rules.ts';
import { checkedRows, getImport, importsIn, importWrites } from './store.ts';

type Row = CustomerImport | ProductImport | PurchaseImport;

/**
 * Runs the queued imports through the job machinery: each sheet is read once per invocation and
 * filed a page of rows at a time, the checkpoint after each page; a large sheet continues in new
 * invocations from where the last one stopped. Each row is filed as `POST /customers` (or
 * `POST /products`, `POST /customers/{id}/purchases`) would, once: a company (a model, a customer's
 * purchase reference) already on file (a row filed before a crash, or
 * the same sheet imported again) is left as it is and counted `existing`. The sheet is checked again first: a row no longer valid (its
 * owner left meanwhile) is skipped and counted `skipped`.
 */
const RUNNER = 'import-runner';

export async function runImports(context: JobContext): Promise<JobCounts> {
  const counts: JobCounts = context.tally<JobCounts>({ imports: 0, created: 0, existing: 0 });
  const queued = await collectAll((page) => importsIn('queued', page));
  for (const record of queued) {
    const checked = await checkedRows(record);
    if (!checked) {
      logger.error('a queued import has no file', { importId: record.id });
      continue;
    }
    // Its own counts, kept with the run's across invocations.
    const created = `created:${record.id}`;
    const existing = `existing:${record.id}`;
    counts[created] ??= 0;
    counts[existing] ??= 0;
    const file = await filerFor(checked.kind, record.createdBy);
    const valid: readonly Row[] = checked.valid;
    await context.pages<Row>(
      `import:${record.id}`,
      async ({ limit, cursor }) => {
        const start = Number(cursor ?? 0);
        const end = start + limit;
        return {
          items: valid.slice(start, end),
          ...(end < valid.length ? { nextCursor: String(end) } : {}),
        };
      },
      async (rows) => {
        for (const row of rows) {
          const outcome = await file(row);
          const [total, own] = outcome === 'created' ? ['created', created] : ['existing', existing];
          counts[total] = (counts[total] ?? 0) + 1;
          counts[own] = (counts[own] ?? 0) + 1;
        }
      },
    );
    const current = (await getImport(record.id, true)) as Import;
    const done = nextVersion<Import>({
      ...current,
      status: 'done',
      result: {
        created: counts[created] ?? 0,
        existing: counts[existing] ?? 0,
        skipped: checked.rows - checked.valid.length,
        finishedAt: nowIso(),
      },
    });
    await commitUnlessChanged(importWrites(current, done, RUNNER));
    counts.imports = (counts.imports ?? 0) + 1;
  }
  return counts;
}

/**
 * How a row of a kind is filed: a customer as `POST /customers` would (its name claim tells one on
 * file); a product as `POST /products` would, unless the catalogue has its model; a purchase as
 * `POST /customers/{id}/purchases` would, unless its customer has its reference. The catalogue and
 * each customer's references are read once an invocation, then kept current: the runner is the
 * only importer, one row after the other.
 */
async function filerFor(
  kind: Import['kind'],
  actorId: string,
): Promise<(row: Row) => Promise<'created' | 'exists'>> {
  if (kind === 'customers')
    return (row) => {
      const { customer, contact } = row as CustomerImport;
      return importCustomer(customer, contact, actorId);
    };
  if (kind === 'purchases') {
    const references = new Map<string, Set<string>>();
    return async (row) => {
      const { customerId, purchase } = row as PurchaseImport;
      let known = references.get(customerId);
      if (!known) references.set(customerId, (known = await purchaseReferences(customerId)));
      return importPurchase(customerId, purchase, known, actorId);
    };
  }
  const models = new Set((await allProducts()).map((product) => product.model));
  return (row) => importProduct((row as ProductImport).product, models, actorId);
}

export const handler = jobHandler(RUNNER, runImports);
