import { domainHandler } from '#shared/http.ts';
import { expenseOperations } from './operations.ts';

export const handler = domainHandler(expenseOperations);
