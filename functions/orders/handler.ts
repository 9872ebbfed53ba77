import { domainHandler } from '#shared/http.ts';
import { orderOperations } from './operations.ts';

export const handler = domainHandler(orderOperations);
