import * as z from 'zod/mini';
import { requireRole } from '#shared/caller.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { getEmployee, listEmployees } from './store.ts';

const me = defineOperation({
  operationId: 'getMyProfile',
  method: 'GET',
  path: '/employees/me',
  auth: 'jwt',
  async handle({ caller }) {
    return resourceReply(found(await getEmployee(caller.id), `An employee profile for ${caller.id}`));
  },
});

const list = defineOperation({
  operationId: 'listEmployees',
  method: 'GET',
  path: '/employees',
  auth: 'jwt',
  query: z.strictObject(pageParameters),
  async handle({ caller, query }) {
    requireRole(caller, ['sales_manager', 'sales_admin'], 'list employees');
    return { status: 200, body: await listEmployees(query) };
  },
});

export const employeeOperations: readonly Operation[] = [me, list];
