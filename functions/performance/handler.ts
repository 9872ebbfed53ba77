import { domainHandler } from '#shared/http.ts';
import { performanceOperations } from './operations.ts';

export const handler = domainHandler(performanceOperations);
