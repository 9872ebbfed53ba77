import { commitUnlessChanged } from '#shared/change.ts';
import { nextVersion, nowIso } from '#shared/clock.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { collectAll } from '#shared/listing.ts';
import { logger } from '#shared/observability.ts';
import { importCustomer } from '../customers/public.ts';
import type { Import } from './model.ts';
import type { CustomerImport } from './rules.ts';
import { checkedRows, getImport, importsIn, importWrites } from './store.ts';

/**
 * Runs the queued imports through the job machinery: each sheet is read once per invocation and
 * filed a page of rows at a time, the checkpoint after each page; a large sheet continues in new
 * invocations from where the last one stopped. Each row is filed as `POST /customers` would, once:
 * a company already on file (a row filed before a crash, or the same sheet imported again) is left
 * as it is and counted `existing`. The sheet is checked again first: a row no longer valid (its
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
    await context.pages<CustomerImport>(
      `import:${record.id}`,
      async ({ limit, cursor }) => {
        const start = Number(cursor ?? 0);
        const end = start + limit;
        return {
          items: checked.valid.slice(start, end),
          ...(end < checked.valid.length ? { nextCursor: String(end) } : {}),
        };
      },
      async (rows) => {
        for (const { customer, contact } of rows) {
          const outcome = await importCustomer(customer, contact, record.createdBy);
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

export const handler = jobHandler(RUNNER, runImports);
