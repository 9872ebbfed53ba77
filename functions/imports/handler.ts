import { domainHandler } from '#shared/http.ts';
import { importOperations } from './operations.ts';

export const handler = domainHandler(importOperations);
