import { forEachConcurrently } from '#shared/concurrency.ts';
import type { JobContext, JobCounts } from '#shared/job.ts';
import { commit, TransactionCancelled } from '#shared/transaction.ts';
import { departmentCustomers } from '../customers/public.ts';
import { classify, inputsOf, reclassified } from './rules.ts';
import { classificationSettings } from './settings.ts';
import { classificationWrites, loadClassificationInputs } from './store.ts';

const WRITERS = 8;

/**
 * The nightly classification: pages through all customers (continuing in a new invocation
 * when one's time runs short), reads each one's rolling aggregates and current classification in
 * batches, and writes only what changed.
 */
export async function classifyCustomers({
  today,
  scheduledTime,
  tally,
  pages,
}: JobContext): Promise<JobCounts> {
  const settings = classificationSettings();
  const at = scheduledTime.toISOString();
  const counts = tally({ customers: 0, rescored: 0, classChanged: 0, skippedConcurrentChange: 0 });
  await pages('customers', departmentCustomers, async (customers) => {
    const inputs = await loadClassificationInputs(customers.map((customer) => customer.id));
    await forEachConcurrently(customers, WRITERS, async (customer) => {
      counts.customers++;
      const { stats, record } = inputs.get(customer.id) ?? {};
      const update = reclassified(
        record,
        customer.id,
        classify(inputsOf(stats, customer.influence, today), settings),
        at,
      );
      if (!update) return;
      try {
        await commit(classificationWrites(record, update.after, update.change));
      } catch (error) {
        // A manager changed it between our read and write: the next run scores it again.
        if (error instanceof TransactionCancelled && error.failedCondition('classification')) {
          counts.skippedConcurrentChange++;
          return;
        }
        throw error;
      }
      counts.rescored++;
      if (update.change) counts.classChanged++;
    });
  });
  return counts;
}
