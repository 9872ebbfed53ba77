import { domainHandler } from '#shared/http.ts';
import { customerOperations } from './operations.ts';

export const handler = domainHandler(customerOperations);
