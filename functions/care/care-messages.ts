import { jobHandler } from '#shared/job.ts';
import { sendCareMessages } from './care-job.ts';

export const handler = jobHandler('care-messages', sendCareMessages);
