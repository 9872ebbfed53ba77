import type { Operation } from '#shared/http.ts';
import { pageOperations } from './page.ts';
import { planOperations } from './plans.ts';
import { reportOperations as reports } from './reports.ts';

export const reportOperations: readonly Operation[] = [...reports, ...pageOperations, ...planOperations];
