/** OpenAPI text and response shapes of the classification operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import { CLASSES, classChange, purchase } from './model.ts';

const tags = ['Classification'];
const classOrNull = z.nullable(z.enum(CLASSES));

const reason = z.object({
  factor: z.enum(['amount', 'frequency', 'years', 'influence']),
  value: z.number(),
  points: z.number(),
  maxPoints: z.number(),
});
const override = z.object({ class: z.enum(CLASSES), reason: z.string(), by: z.string(), at: z.string() });

const classification = z.object({
  customerId: z.string(),
  class: classOrNull,
  computedClass: classOrNull,
  score: z.nullable(z.number()),
  reasons: z.array(reason),
  classifiedAt: z.nullable(z.string()),
  override: z.nullable(override),
  history: z.array(classChange),
});

export const classificationDocs: Record<string, OperationDocs> = {
  recordPurchase: {
    summary: 'Record a purchase (sales admin, manager)',
    description:
      "Imports purchase history and keeps the customer's rolling 12-month aggregates current. Amounts are integer minor units in the department's currency (CNY by default).",
    tags,
    responses: [
      { status: 201, description: 'Recorded.', schema: purchase },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listPurchases: {
    summary: "List a customer's purchases, newest first",
    tags,
    responses: [
      { status: 200, description: 'One page of purchases.', schema: pageOf(purchase) },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getClassification: {
    summary: "A customer's class, score, reasons, override and class history",
    description:
      'The class is the override while one is set, else the class the nightly classification computed; null before the first run. Each reason is one factor with its points.',
    tags,
    responses: [
      { status: 200, description: 'The classification.', schema: classification },
      ...authProblems,
      notFoundProblem,
    ],
  },
  overrideClassification: {
    summary: "Override a customer's class (sales manager)",
    description:
      'The override holds, whatever the nightly classification computes, until it is cleared. It is audited in the class history.',
    tags,
    responses: [
      {
        status: 200,
        description: 'Overridden.',
        schema: z.object({ customerId: z.string(), class: classOrNull, override }),
      },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'The classification changed meanwhile.' },
      ...bodyProblems,
    ],
  },
  clearClassificationOverride: {
    summary: 'Clear a class override (sales manager)',
    tags,
    responses: [
      { status: 204, description: 'Cleared; the computed class applies again.' },
      ...authProblems,
      { status: 404, description: 'No such customer, or no override to clear.' },
      { status: 409, description: 'The classification changed meanwhile.' },
    ],
  },
};
