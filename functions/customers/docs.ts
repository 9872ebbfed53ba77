/** OpenAPI text and response shapes of the customers operations, keyed by operation id. */
import { pageOf } from '#shared/listing.ts';
import type { OperationDocs } from '#shared/http.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { contact, customer, followUp, interaction } from './resources.ts';

const tags = ['Customers'];

export const customerDocs: Record<string, OperationDocs> = {
  createCustomer: {
    summary: 'File a customer or prospect',
    description:
      'A sales rep owns what they file. The manager and sales admin may name the owner. Company names are unique after normalizing case, width and spacing.',
    tags,
    responses: [
      { status: 201, description: 'Filed.', schema: customer },
      ...authProblems,
      {
        status: 409,
        description: 'A customer with this name is on file, or the idempotent request is in progress.',
      },
      { status: 422, description: 'The Idempotency-Key was used for a different request.' },
      ...bodyProblems,
    ],
  },
  listCustomers: {
    summary: 'List customers',
    description:
      'A sales rep sees their own customers; the manager and sales admin see all and may filter by owner. Filters combine with AND. A page may hold fewer than `limit` items while `nextCursor` is present.',
    tags,
    responses: [
      { status: 200, description: 'One page of customers.', schema: pageOf(customer) },
      ...authProblems,
    ],
  },
  getCustomer: {
    summary: 'Read a customer',
    tags,
    responses: [
      { status: 200, description: 'The customer; ETag carries its version.', schema: customer },
      ...authProblems,
      notFoundProblem,
    ],
  },
  updateCustomer: {
    summary: 'Change a customer (JSON merge patch)',
    description:
      'Send If-Match with the ETag you read. `null` clears an optional field. Only the manager and sales admin may change `ownerId`. `class` is set by classification, not here.',
    tags,
    responses: [
      { status: 200, description: 'The changed customer.', schema: customer },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Another customer already has the new name.' },
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  createContact: {
    summary: "Add a contact person to a customer's file",
    tags,
    responses: [
      { status: 201, description: 'Added.', schema: contact },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listContacts: {
    summary: "List a customer's contacts",
    tags,
    responses: [
      { status: 200, description: 'One page of contacts.', schema: pageOf(contact) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  updateContact: {
    summary: 'Change a contact (JSON merge patch)',
    tags,
    responses: [
      { status: 200, description: 'The changed contact.', schema: contact },
      ...authProblems,
      notFoundProblem,
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  createInteraction: {
    summary: 'Record a communication with a customer (call, email, visit, meeting)',
    description:
      'It keeps the customer’s open follow-ups planned by earlier contacts; with `nextFollowUp` (on or after the day of the contact) it plans one for the customer’s rep (see `GET /follow-ups`).',
    tags,
    responses: [
      { status: 201, description: 'Recorded.', schema: interaction },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listInteractions: {
    summary: "List a customer's communication records, newest first",
    tags,
    responses: [
      { status: 200, description: 'One page of communication records.', schema: pageOf(interaction) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  listFollowUps: {
    summary: 'List planned follow-ups (your own by default)',
    description:
      'A communication record with `nextFollowUp` plans a follow-up for the customer’s rep on that day: the rep’s daily digest reminds them on the day and lists it as missed once the day has passed. The next record of a contact with the customer keeps it (`late` when made after the day). Filter `status=open&dueBefore=<today>` for the missed ones; the manager and sales admin may pass `owner=<id>` or `owner=all`. Ordered by status, then day.',
    tags,
    responses: [
      { status: 200, description: 'One page of follow-ups.', schema: pageOf(followUp) },
      ...authProblems,
    ],
  },
};
