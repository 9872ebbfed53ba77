import { domainHandler } from '#shared/http.ts';
import { approvalOperations } from './operations.ts';

export const handler = domainHandler(approvalOperations);
