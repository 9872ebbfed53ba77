import { domainHandler } from '#shared/http.ts';
import { careOperations } from './operations.ts';

export const handler = domainHandler(careOperations);
