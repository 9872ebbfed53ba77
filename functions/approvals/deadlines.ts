import type { JobContext, JobCounts } from '#shared/job.ts';
import { logger } from '#shared/observability.ts';
import { everyone, isActive } from '../employees/public.ts';
import { deadlineAction, daysAfter, escalationTarget } from './rules.ts';
import { sendLink } from './requests.ts';
import { approvalSettings } from './settings.ts';
import { pendingApprovalsOf } from './store.ts';

/**
 * The hourly deadline check: a step undecided at its due time gets a reminder (with a new link);
 * one still undecided `escalateAfterDays` later moves to someone else who may decide it (the
 * approver's supervisor if they hold the step's role, else another holder; see escalationTarget),
 * who gets the link instead. With nobody else it stays with the approver (reminded once). A step
 * waiting on someone who left moves at once (within the hour), however young it is.
 */
export async function enforceApprovalDeadlines({ scheduledTime }: JobContext): Promise<JobCounts> {
  const settings = approvalSettings();
  const counts = { pending: 0, reminded: 0, escalated: 0, failed: 0 };
  // Leavers too: their open steps must move to someone who is still here.
  const employees = await everyone();

  for (const employee of employees) {
    for (const approval of await pendingApprovalsOf(employee.id)) {
      counts.pending++;
      const action = isActive(employee) ? deadlineAction(approval, scheduledTime, settings) : 'escalate';
      const at = scheduledTime.toISOString();
      try {
        const target = action === 'escalate' ? escalationTarget(approval, employees) : undefined;
        if (target) {
          // The new approver gets a fresh due time (and link) of their own.
          const changes = {
            approverId: target.id,
            approverLocale: (target as (typeof employees)[number]).locale,
            escalatedFrom: approval.approverId,
            escalatedAt: at,
            remindedAt: approval.remindedAt ?? at,
            dueAt: daysAfter(at, settings.dueInDays),
          };
          await sendLink('escalation', approval, changes, settings);
          counts.escalated++;
        } else if (!isActive(employee)) {
          logger.warn('a leaver’s step has nobody else to go to', { approvalId: approval.id });
          counts.failed++;
        } else if (action === 'remind' || (action === 'escalate' && !approval.remindedAt)) {
          await sendLink('reminder', approval, { remindedAt: at });
          counts.reminded++;
        }
      } catch (error) {
        // Decided meanwhile, or the email failed: the next hour tries again.
        logger.warn('deadline action not taken', {
          approvalId: approval.id,
          error: (error as Error).message,
        });
        counts.failed++;
      }
    }
  }
  return counts;
}
