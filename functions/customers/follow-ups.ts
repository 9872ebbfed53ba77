import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { forbidden } from '#shared/problem.ts';
import * as z from 'zod/mini';
import { followUpListQuery } from './model.ts';
import { CUSTOMER_ROLES, seesAllCustomers } from './rules.ts';
import { listFollowUps } from './store.ts';

/**
 * Planned follow-ups (§2.2.1): a rep lists their own (`status=open&dueBefore=<today>` are the
 * missed ones); the manager and sales admin may name a rep, or `all`.
 */
const list = defineOperation({
  operationId: 'listFollowUps',
  method: 'GET',
  path: '/follow-ups',
  auth: 'jwt',
  roles: CUSTOMER_ROLES,
  query: z.strictObject({ ...followUpListQuery.def.shape, ...pageParameters }),
  async handle({ caller, query }) {
    const { limit, cursor, ...filter } = query;
    const owner = filter.owner ?? caller.id;
    if (owner !== caller.id && !seesAllCustomers(caller))
      throw forbidden('A sales rep sees only their own follow-ups.');
    const scope = owner === 'all' ? 'department' : { ownerId: owner };
    return { status: 200, body: await listFollowUps(scope, filter, { limit, cursor }) };
  },
});

export const followUpOperations: readonly Operation[] = [list];
