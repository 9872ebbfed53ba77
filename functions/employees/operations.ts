import * as z from 'zod/mini';
import { requireRole } from '#shared/caller.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { pageOf, pageParameters } from '#shared/listing.ts';
import { found, resourceReply } from '#shared/replies.ts';
import { authProblems, notFoundProblem } from '#shared/responses.ts';
import { employee } from './model.ts';
import { getEmployee, listEmployees } from './store.ts';

const tags = ['Employees'];

const me = defineOperation({
  operationId: 'getMyProfile',
  method: 'GET',
  path: '/employees/me',
  summary: "The caller's employee profile",
  tags,
  auth: 'jwt',
  responses: [
    { status: 200, description: 'The profile.', schema: employee },
    ...authProblems,
    { status: 404, description: 'The token is valid but no employee profile is on file for it.' },
  ],
  async handle({ caller }) {
    return resourceReply(found(await getEmployee(caller.id), `An employee profile for ${caller.id}`));
  },
});

const list = defineOperation({
  operationId: 'listEmployees',
  method: 'GET',
  path: '/employees',
  summary: "List the department's employees",
  description: 'For the sales manager and sales admin.',
  tags,
  auth: 'jwt',
  query: z.strictObject(pageParameters),
  responses: [
    { status: 200, description: 'One page of employees.', schema: pageOf(employee) },
    ...authProblems,
    notFoundProblem,
  ],
  async handle({ caller, query }) {
    requireRole(caller, ['sales_manager', 'sales_admin'], 'list employees');
    return { status: 200, body: await listEmployees(query) };
  },
});

export const employeeOperations: readonly Operation[] = [me, list];
