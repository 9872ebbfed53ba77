/** OpenAPI text of the contract operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs, ResponseSpec } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { reviewHistoryItem } from '../approvals/docs.ts';
import { contract } from './model.ts';

const tags = ['Contracts'];
const conflictProblem: ResponseSpec = {
  status: 409,
  description: 'Not possible in the contract’s present state (e.g. editing it under review).',
};

export const contractDocs: Record<string, OperationDocs> = {
  createContract: {
    summary: 'Draft a contract from an accepted quote',
    description:
      'Copies products, quantities, prices, delivery and payment terms from the accepted revision and adds the quality standard and the liability for breach. One contract per quote.',
    tags,
    responses: [
      { status: 201, description: 'Drafted.', schema: contract },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The quote is not accepted, or already has a contract.' },
      { status: 422, description: 'The Idempotency-Key was used for a different request.' },
      ...bodyProblems,
    ],
  },
  listContracts: {
    summary: 'List contracts (a rep’s own; the manager and sales admin all)',
    tags,
    responses: [
      { status: 200, description: 'One page of contracts.', schema: pageOf(contract) },
      ...authProblems,
    ],
  },
  getContract: {
    summary: 'Read a contract with its full review history',
    description:
      "The customer's rep, the sales manager and sales admin read it, and so does everyone asked to decide a step of its review (legal included).",
    tags,
    responses: [
      {
        status: 200,
        description: 'The contract; `reviews` lists every round and step.',
        schema: z.object({ ...contract.def.shape, reviews: z.array(reviewHistoryItem) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  updateContract: {
    summary: 'Edit a contract that is not yet signed (JSON merge patch)',
    description:
      'A change invalidates any review (R-2.4.4): a contract under review stops its review (its pending links stop working) and, like an approved one, becomes a draft again, to be submitted anew. A signed (effective) contract cannot be edited (409).',
    tags,
    responses: [
      { status: 200, description: 'The changed draft.', schema: contract },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  submitContract: {
    summary: 'Submit a draft for review: the sales manager, then legal',
    description:
      'Starts the contract-review workflow (a new round after a rejection). Each reviewer gets an emailed link; a rejection returns the contract to draft with the comment, and the rep is told.',
    tags,
    responses: [
      { status: 202, description: 'Under review.', schema: contract },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
    ],
  },
  withdrawContract: {
    summary: 'Withdraw a contract from its review',
    description:
      'R-2.4.4: the running review stops, its pending links stop working, and the contract is a draft again. Only a contract under review can be withdrawn (409 otherwise).',
    tags,
    responses: [
      { status: 200, description: 'A draft again.', schema: contract },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
    ],
  },
  signContract: {
    summary: 'Record the signing of an approved contract; it is then effective',
    tags,
    responses: [
      { status: 200, description: 'Effective.', schema: contract },
      ...authProblems,
      notFoundProblem,
      conflictProblem,
      ...bodyProblems,
    ],
  },
};
