import { domainHandler } from '#shared/http.ts';
import { auditOperations } from './operations.ts';

export const handler = domainHandler(auditOperations);
