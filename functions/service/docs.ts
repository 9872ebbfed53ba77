/** OpenAPI text of the service operations, keyed by operation id. */
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { complaint, complaintAnswer, complaintFollowUp, complaintNote, newComplaint } from './model.ts';

const tags = ['Complaints'];
const stepProblems = [
  ...authProblems,
  notFoundProblem,
  { status: 409, description: 'The complaint is not at this step.' },
  { status: 412, description: 'The complaint changed meanwhile; read it and retry.' },
  ...bodyProblems,
];

export const serviceDocs: Record<string, OperationDocs> = {
  logComplaint: {
    summary: 'Log a customer complaint (R-3.5)',
    description:
      'The customer’s words and request, the contact who complained and the severity. Its owner is the customer’s rep; its answer deadline follows the customer’s class and the severity (setting `service`, documented in docs/operations.md: A faster than B faster than C). Honours `Idempotency-Key`.',
    tags,
    requestBody: newComplaint,
    responses: [
      { status: 201, description: 'Logged.', schema: complaint },
      ...authProblems,
      notFoundProblem,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listComplaints: {
    summary: 'List complaints: one customer’s (its file), or the department’s in a status by deadline',
    description:
      '`customerId` lists a customer’s complaints, newest first, for whoever may see the customer. Without it (sales admin, the manager, technicians), the complaints in `status` (default `open`) by answer deadline, the most urgent first.',
    tags,
    responses: [
      { status: 200, description: 'One page of complaints.', schema: pageOf(complaint) },
      ...authProblems,
    ],
  },
  getComplaint: {
    summary: 'Read a complaint with its whole history',
    tags,
    responses: [
      { status: 200, description: 'The complaint.', schema: complaint },
      ...authProblems,
      notFoundProblem,
    ],
  },
  addComplaintNote: {
    summary: 'Add an investigation note',
    tags,
    requestBody: complaintNote,
    responses: [{ status: 200, description: 'Noted.', schema: complaint }, ...stepProblems],
  },
  answerComplaint: {
    summary: 'Answer the customer (emailed to the contact in their language)',
    description: 'An open complaint only; replies to the email reach the rep.',
    tags,
    requestBody: complaintAnswer,
    responses: [{ status: 200, description: 'Answered.', schema: complaint }, ...stepProblems],
  },
  followUpComplaint: {
    summary: 'Record the customer’s word after the answer: solved, or open again',
    description:
      '`solved: true` needs the root cause and the corrective action, recorded so the problem does not come back; `solved: false` opens the complaint again for another answer.',
    tags,
    requestBody: complaintFollowUp,
    responses: [{ status: 200, description: 'Recorded.', schema: complaint }, ...stepProblems],
  },
};
