import type { ResponseSpec } from './http.ts';

/** Problem responses every authenticated operation may give; listed once for the OpenAPI document. */
export const authProblems: ResponseSpec[] = [
  { status: 400, description: 'The request is not valid; `errors` lists each field.' },
  { status: 401, description: 'No valid bearer token.' },
  { status: 403, description: 'The caller may not do this.' },
];
export const notFoundProblem: ResponseSpec = { status: 404, description: 'No such resource.' };
export const conditionalProblems: ResponseSpec[] = [
  { status: 412, description: 'If-Match does not match the current version.' },
  { status: 428, description: 'If-Match is missing.' },
];
export const bodyProblems: ResponseSpec[] = [
  { status: 413, description: 'The body is too large.' },
  { status: 415, description: 'The body is not JSON.' },
];
export const idempotencyProblems: ResponseSpec[] = [
  { status: 409, description: 'A request with this Idempotency-Key is still in progress.' },
  { status: 422, description: 'The Idempotency-Key was used for a different request.' },
];
