import { ANY_EMPLOYEE, self } from '#shared/access.ts';
import * as z from 'zod/mini';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/resource-replies.ts';
import { getEmployee, listEmployees } from './store.ts';

const me = defineOperation({
  operationId: 'getMyProfile',
  method: 'GET',
  path: '/employees/me',
  auth: 'jwt',
  roles: ANY_EMPLOYEE,
  ownership: [self],
  async handle({ caller }) {
    return resourceReply(found(await getEmployee(caller.id), `An employee profile for ${caller.id}`));
  },
});

const list = defineOperation({
  operationId: 'listEmployees',
  method: 'GET',
  path: '/employees',
  auth: 'jwt',
  roles: ['sales_manager', 'sales_admin'],
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    return { status: 200, body: await listEmployees(query) };
  },
});

export const employeeOperations: readonly Operation[] = [me, list];
