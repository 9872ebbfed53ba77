import { jobHandler } from '#shared/job.ts';
import { enforceApprovalDeadlines } from './deadlines.ts';

export const handler = jobHandler('approval-deadlines', enforceApprovalDeadlines);
