import { jobHandler } from '#shared/job.ts';
import { planRevisits } from '../care/revisit-job.ts';

export const handler = jobHandler('revisit-planning', planRevisits);
