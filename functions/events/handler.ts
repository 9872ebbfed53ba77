import { domainHandler } from '#shared/http.ts';
import { eventOperations } from './operations.ts';

export const handler = domainHandler(eventOperations);
