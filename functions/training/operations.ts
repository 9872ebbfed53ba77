import type { Operation } from '#shared/http.ts';
import { careerOperations } from './careers.ts';
import { trainingLinkOperations } from './links.ts';
import { sessionOperations } from './sessions.ts';
import { surveyOperations } from './surveys.ts';

export const trainingOperations: readonly Operation[] = [
  ...surveyOperations,
  ...sessionOperations,
  ...careerOperations,
  ...trainingLinkOperations,
];
