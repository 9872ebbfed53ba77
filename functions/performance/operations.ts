import type { Operation } from '#shared/http.ts';
import { awardOperations } from './awards.ts';
import { coachingOperations } from './coaching.ts';
import { commissionOperations } from './commissions.ts';
import { evaluationOperations } from './evaluations.ts';
import { figureOperations } from './figures.ts';
import { ratingLinkOperations } from './rating-links.ts';
import { targetOperations } from './targets.ts';

export const performanceOperations: readonly Operation[] = [
  ...targetOperations,
  ...figureOperations,
  ...evaluationOperations,
  ...ratingLinkOperations,
  ...coachingOperations,
  ...awardOperations,
  ...commissionOperations,
];
