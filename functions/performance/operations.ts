import type { Operation } from '#shared/http.ts';
import { figureOperations } from './figures.ts';
import { targetOperations } from './targets.ts';

export const performanceOperations: readonly Operation[] = [...targetOperations, ...figureOperations];
