import { domainHandler } from '#shared/http.ts';
import { trainingOperations } from './operations.ts';

export const handler = domainHandler(trainingOperations);
