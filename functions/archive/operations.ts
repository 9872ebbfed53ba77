import type { Operation } from '#shared/http.ts';
import { documentOperations } from './documents.ts';

export const archiveOperations: readonly Operation[] = [...documentOperations];
