import { jobHandler } from '#shared/job.ts';
import { planRevisits } from './revisit-job.ts';

export const handler = jobHandler('revisit-planning', planRevisits);
