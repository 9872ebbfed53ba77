import type { JobContext, JobCounts } from '#shared/job.ts';
import { logger } from '#shared/observability.ts';
import { allEmployees } from '../employees/store.ts';
import { deadlineAction, daysAfter } from './rules.ts';
import { sendLink } from './requests.ts';
import { approvalSettings } from './settings.ts';
import { pendingApprovalsOf } from './store.ts';

/**
 * The hourly deadline check: a step undecided at its due time gets a reminder (with a new link);
 * one still undecided `escalateAfterDays` later moves to the approver's supervisor, who gets the
 * link instead. Without a supervisor it stays with the approver (reminded once).
 */
export async function enforceApprovalDeadlines({ scheduledTime }: JobContext): Promise<JobCounts> {
  const settings = approvalSettings();
  const counts = { pending: 0, reminded: 0, escalated: 0, failed: 0 };
  const employees = await allEmployees();
  const supervisorOf = new Map(employees.map((employee) => [employee.id, employee.supervisorId]));
  const localeOf = new Map(employees.map((employee) => [employee.id, employee.locale]));

  for (const employee of employees) {
    for (const approval of await pendingApprovalsOf(employee.id)) {
      counts.pending++;
      const action = deadlineAction(approval, scheduledTime, settings);
      const at = scheduledTime.toISOString();
      try {
        const supervisor = supervisorOf.get(approval.approverId);
        if (action === 'escalate' && supervisor) {
          // The supervisor gets a fresh due time (and link) of their own.
          const changes = {
            approverId: supervisor,
            approverLocale: localeOf.get(supervisor) ?? approval.approverLocale,
            escalatedFrom: approval.approverId,
            escalatedAt: at,
            remindedAt: approval.remindedAt ?? at,
            dueAt: daysAfter(at, settings.dueInDays),
          };
          await sendLink('escalation', approval, changes, settings);
          counts.escalated++;
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
