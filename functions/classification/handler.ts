import { domainHandler } from '#shared/http.ts';
import { classificationOperations } from './operations.ts';

export const handler = domainHandler(classificationOperations);
