import { domainHandler } from '#shared/http.ts';
import { serviceOperations } from './operations.ts';

export const handler = domainHandler(serviceOperations);
