import { jobHandler } from '#shared/job.ts';
import { classifyCustomers } from './job.ts';

export const handler = jobHandler('customer-classification', classifyCustomers);
