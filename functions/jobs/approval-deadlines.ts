import { jobHandler } from '#shared/job.ts';
import { enforceApprovalDeadlines } from '../approvals/deadlines.ts';

export const handler = jobHandler('approval-deadlines', enforceApprovalDeadlines);
