import { commitUnlessChanged, causes } from '#shared/change.ts';
import { jobHandler, type JobContext, type JobCounts } from '#shared/job.ts';
import { complaintEscalated } from './events.ts';
import { escalateIfOverdue } from './rules.ts';
import { complaintsByStatus, complaintWrites } from './store.ts';

/**
 * The hourly complaint deadlines: an open complaint past its answer deadline escalates to the
 * sales manager, once (the escalation is a versioned change of the complaint: a second firing, or a
 * concurrent one, finds it escalated and does nothing).
 */
export async function escalateOverdueComplaints({
  scheduledTime,
  pages,
  tally,
}: JobContext): Promise<JobCounts> {
  const counts = tally({ overdue: 0, escalated: 0 });
  const now = scheduledTime.toISOString();
  await pages(
    'open',
    (page) => complaintsByStatus('open', page, now),
    async (complaints) => {
      for (const complaint of complaints) {
        counts.overdue++;
        const escalated = escalateIfOverdue(complaint, now);
        if (!escalated) continue;
        const committed = await commitUnlessChanged(
          complaintWrites(complaint, escalated, 'complaint-deadlines', {
            events: [
              causes(complaintEscalated, {
                complaintId: complaint.id,
                customerId: complaint.customerId,
                ownerId: complaint.ownerId,
                answerDueAt: complaint.answerDueAt,
              }),
            ],
          }),
        );
        if (committed) counts.escalated++;
      }
    },
  );
  return counts;
}

export const handler = jobHandler('complaint-deadlines', escalateOverdueComplaints);
