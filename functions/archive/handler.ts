import { domainHandler } from '#shared/http.ts';
import { archiveOperations } from './operations.ts';

export const handler = domainHandler(archiveOperations);
