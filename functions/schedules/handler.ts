import { domainHandler } from '#shared/http.ts';
import { scheduleOperations } from './operations.ts';

export const handler = domainHandler(scheduleOperations);
