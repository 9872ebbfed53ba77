import { domainHandler } from '#shared/http.ts';
import { platformOperations } from './operations.ts';

export const handler = domainHandler(platformOperations);
