import { approvalsConsumer } from './consumer.ts';
import { consumerHandler, effectOnce, on } from '#shared/consumer.ts';
import { logger } from '#shared/observability.ts';
import { TransactionCancelled } from '#shared/transaction.ts';
import { resumeWorkflow, WorkflowNotWaiting } from '#shared/workflow.ts';
import { approvalDecided } from './events.ts';
import { getApproval, saveApproval } from './store.ts';
import { expireApproval } from './rules.ts';

/**
 * Resumes the workflow waiting on a decided step: SendTaskSuccess, or SendTaskFailure with
 * `Rejected`. Retried until it succeeds or the workflow no longer waits (timed out or stopped):
 * then the decision stays on record as `expired`, since it no longer counts.
 */
export const handler = consumerHandler(approvalsConsumer, [
  on(approvalDecided, async (delivery) => {
    const { payload } = delivery.event;
    const approval = await getApproval(payload.approvalId);
    if (!approval || (approval.status !== 'approved' && approval.status !== 'rejected')) {
      logger.info('the step is no longer decided; nothing to resume', { status: approval?.status });
      return;
    }
    const report = {
      approvalId: approval.id,
      step: approval.step,
      decidedBy: payload.decidedBy,
      comment: payload.comment,
    };
    // Repeatable: answering a task token twice is refused by Step Functions, never applied twice.
    await effectOnce(delivery, { repeatable: true }, async ({ repeated }) => {
      try {
        await resumeWorkflow(
          approval.taskToken,
          payload.decision === 'approve'
            ? { succeeded: true, output: report }
            : { succeeded: false, error: 'Rejected', cause: report },
        );
      } catch (error) {
        if (!(error instanceof WorkflowNotWaiting)) throw error;
        // An earlier attempt may have answered it; otherwise the review ended before the decision
        // reached it, and the decision no longer counts.
        if (repeated) return;
        const current = await getApproval(approval.id);
        if (!current || current.version !== approval.version) return;
        try {
          await saveApproval(approval, expireApproval(approval, new Date().toISOString()), 'workflow', {
            undecidedOnly: false,
          });
        } catch (refused) {
          if (!(refused instanceof TransactionCancelled)) throw refused;
        }
      }
    });
  }),
]);
