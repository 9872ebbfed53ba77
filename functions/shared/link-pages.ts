import * as z from 'zod/mini';
import { defineOperation, type Operation, type Reply } from './http.ts';

/**
 * The GET and HEAD routes of a page behind an emailed link (an approval, a customer's receipt).
 * People arrive with whatever a mail client did to the link (tracking parameters, truncation): the
 * page takes any id and query and says in a page, not JSON, what is wrong. Reading it changes
 * nothing; HEAD (mail scanners) answers the same status and headers without the body.
 */
const pageParams = z.strictObject({ id: z.string() });
const pageQuery = z.object({ t: z.optional(z.string()) });

export function linkPageRoutes(spec: {
  path: string;
  getOperationId: string;
  headOperationId: string;
  show(id: string, token: string | undefined): Promise<Reply>;
}): Operation[] {
  const common = { path: spec.path, auth: 'public' as const, params: pageParams, query: pageQuery };
  return [
    defineOperation({
      ...common,
      operationId: spec.getOperationId,
      method: 'GET',
      handle: ({ params, query }) => spec.show(params.id, query.t),
    }),
    defineOperation({
      ...common,
      operationId: spec.headOperationId,
      method: 'HEAD',
      async handle({ params, query }) {
        const { status, headers, contentType } = await spec.show(params.id, query.t);
        return { status, headers, contentType };
      },
    }),
  ];
}
