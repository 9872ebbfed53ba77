import { domainHandler } from '#shared/http.ts';
import { salesOperations } from './operations.ts';

export const handler = domainHandler(salesOperations);
