/** OpenAPI text and response shapes of the employees operations, keyed by operation id. */
import { pageOf } from '#shared/listing.ts';
import type { OperationDocs } from '#shared/http.ts';
import { authProblems, notFoundProblem } from '#shared/problem-responses.ts';
import { employee } from './model.ts';

const tags = ['Employees'];

export const employeeDocs: Record<string, OperationDocs> = {
  getMyProfile: {
    summary: "The caller's employee profile",
    tags,
    responses: [
      { status: 200, description: 'The profile.', schema: employee },
      ...authProblems,
      { status: 404, description: 'The token is valid but no employee profile is on file for it.' },
    ],
  },
  listEmployees: {
    summary: "List the department's employees",
    description: 'For the sales manager and sales admin.',
    tags,
    responses: [
      { status: 200, description: 'One page of employees.', schema: pageOf(employee) },
      ...authProblems,
      notFoundProblem,
    ],
  },
};
