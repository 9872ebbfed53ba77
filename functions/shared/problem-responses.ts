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

const html = { contentType: 'text/html' };

/**
 * The documentation of a customer link's three routes (page, its headers, the form's post): what
 * the page is for, what posting does, and what a used link means.
 */
export function customerLinkDocs(spec: {
  tags: string[];
  page: string;
  pageDescription: string;
  post: string;
  postDescription: string;
  used: string;
}) {
  const unusable = (body: boolean) => [
    { status: 404, description: 'Not a valid link.', ...(body ? html : {}) },
    { status: 409, description: spec.used, ...(body ? html : {}) },
    { status: 410, description: 'The link expired.', ...(body ? html : {}) },
  ];
  return {
    page: {
      summary: spec.page,
      description: `${spec.pageDescription} Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.`,
      tags: spec.tags,
      responses: [{ status: 200, description: 'The page.', ...html }, ...unusable(true)],
    },
    head: {
      summary: `Headers of ${spec.page.charAt(0).toLowerCase()}${spec.page.slice(1)} (mail scanners); changes nothing`,
      tags: spec.tags,
      responses: [{ status: 200, description: 'As for GET, without a body.' }, ...unusable(false)],
    },
    post: {
      summary: spec.post,
      description: `${spec.postDescription} Single-use: the first answer wins; answers with a page.`,
      tags: spec.tags,
      responses: [
        { status: 200, description: 'Recorded.', ...html },
        { status: 400, description: 'The form is not valid.', ...html },
        ...unusable(true),
        ...bodyProblems,
      ],
    },
  };
}
