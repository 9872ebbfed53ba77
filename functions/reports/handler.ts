import { domainHandler } from '#shared/http.ts';
import { reportOperations } from './operations.ts';

export const handler = domainHandler(reportOperations);
