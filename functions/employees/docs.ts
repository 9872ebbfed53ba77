/** OpenAPI text and response shapes of the employees operations, keyed by operation id. */
import { pageOf } from '#shared/listing.ts';
import type { OperationDocs } from '#shared/http.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { employee, employeeWithHistory } from './model.ts';

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
    description:
      'For the sales manager and sales admin, by id. `status=active` lists the team as it is, `status=left` those who left; without it, everyone on file.',
    tags,
    responses: [
      { status: 200, description: 'One page of employees.', schema: pageOf(employee) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  addEmployee: {
    summary: 'Someone joins the department (§2.1.2)',
    description:
      'The sales manager files a new colleague: name, work email (one person per address), roles, supervisor (an active colleague: their team), title, language and the day they join (today by default). `employee.joined` follows: on AWS it makes their sign-in account, whose tokens carry this id, and Cognito emails them a temporary password. Honours `Idempotency-Key`.',
    tags,
    responses: [
      { status: 201, description: 'Filed; `Location` is the profile.', schema: employee },
      ...authProblems,
      { status: 409, description: 'Someone with this email is already on file.' },
      ...idempotencyProblems.filter((problem) => problem.status !== 409),
      ...bodyProblems,
    ],
  },
  getEmployee: {
    summary: 'Read a person’s profile with its history',
    description:
      'The person, their direct supervisor, the sales manager and sales admin. `history` lists every change of the profile, oldest first: who joined them, each move of team, roles or title (field by field, from and to), and the leaving.',
    tags,
    responses: [
      { status: 200, description: 'The profile and its history.', schema: employeeWithHistory },
      ...authProblems,
      notFoundProblem,
    ],
  },
  updateEmployee: {
    summary: 'Move someone to another team, or change their roles or title (JSON merge patch)',
    description:
      'The sales manager; send If-Match with the ETag you read. `supervisorId` moves the person to that supervisor’s team (`null`: none); the line of supervisors may not go round. Nobody changes their own roles or team, a leaver’s profile is kept as it was, and the department keeps at least one sales manager. A change of roles or team is `employee.changed`: on AWS the sign-in account’s groups follow (from the next sign-in).',
    tags,
    responses: [
      { status: 200, description: 'The changed profile.', schema: employee },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The person left, or the department would have no sales manager.' },
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  recordLeaving: {
    summary: 'Someone leaves: their customers and open work go to a successor',
    description:
      'The sales manager, never for themself: the leaving day (today by default), the successor (an active sales rep or manager) and the reason. The person must not supervise anyone still active (move them first), and the department keeps a sales manager. `employee.left` follows: each of their customers is reassigned to the successor (a `customer.reassigned`, which moves the customer’s open opportunities, quotes, contracts and follow-ups), they are no longer asked to approve or counted in the team, and on AWS their sign-in account is disabled and signed out (a token already issued lasts until it expires, at most an hour).',
    tags,
    responses: [
      { status: 200, description: 'The profile, as left.', schema: employee },
      ...authProblems,
      notFoundProblem,
      {
        status: 409,
        description:
          'They left already, still supervise someone, or the department would have no sales manager.',
      },
      { status: 412, description: 'The profile changed while this was recorded: read it and try again.' },
      ...bodyProblems,
    ],
  },
};
