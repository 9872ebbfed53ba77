import { domainHandler } from '#shared/http.ts';
import { contractOperations } from './operations.ts';

export const handler = domainHandler(contractOperations);
