import { resumeWorkflow, startWorkflow, stopWorkflow, WorkflowNotWaiting } from '#shared/workflow.ts';
import { logger } from '#shared/observability.ts';
import { hasReached } from './fulfilment-rules.ts';
import { orderSettings } from './settings.ts';
import { endWait, getOrder, getWait } from './store.ts';

/** The fulfilment workflow from the orders consumer's side: started per run, resumed per step. */
const ARN_VARIABLE = 'ORDER_FULFILMENT_STATE_MACHINE_ARN';

const executionName = (orderId: string, run: number) => `order-${orderId}-run-${run}`;

/**
 * Starts a run; a restarted order's earlier run is stopped first, should it still be waiting.
 * Repeatable: stopping a stopped run changes nothing, a second start is the same execution.
 */
export async function startFulfilment(orderId: string, run: number): Promise<void> {
  if (run > 1) await stopWorkflow(ARN_VARIABLE, executionName(orderId, run - 1), 'Restarted as the next run');
  try {
    await startWorkflow(ARN_VARIABLE, executionName(orderId, run), {
      orderId,
      run,
      stepTimeoutSeconds: orderSettings().stepTimeoutDays * 86_400,
    });
  } catch (error) {
    if ((error as Error).name !== 'ExecutionAlreadyExists') throw error;
  }
}

/**
 * Resumes the workflow if the order has got as far as the step it waits for. Called on every
 * event that moves an order, and on the workflow's own `order.fulfilment-waiting` (the order may
 * have got there before the workflow waited). Repeatable: a resumed step's token no longer answers,
 * and the wait is removed only if it is still the same one.
 */
export async function resumeIfReached(orderId: string): Promise<void> {
  const wait = await getWait(orderId);
  if (!wait) return;
  const order = await getOrder(orderId, true);
  if (!order || !hasReached(order, wait.until)) return;
  try {
    await resumeWorkflow(wait.taskToken, { succeeded: true, output: { status: order.status } });
  } catch (error) {
    if (!(error instanceof WorkflowNotWaiting)) throw error;
    logger.info('the fulfilment step was resumed before', { orderId, until: wait.until });
  }
  await endWait(wait);
}
