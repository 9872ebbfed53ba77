import { domainHandler } from '#shared/http.ts';
import { employeeOperations } from './operations.ts';

export const handler = domainHandler(employeeOperations);
