import { describe, expect, it } from 'vitest';
import { complaintFollowUp } from '../../functions/service/model.ts';
import { targetSplit } from '../../functions/performance/model.ts';
import { InvalidInput } from '../../functions/shared/domain-errors.ts';
import { HttpProblem } from '../../functions/shared/problem.ts';
import { parsePart } from '../../functions/shared/validation.ts';

/** A 400 names each field that is wrong, also when the body has several possible shapes. */
const errorsOf = (schema: Parameters<typeof parsePart>[1], value: unknown) => {
  try {
    parsePart('body', schema, value);
  } catch (error) {
    if (error instanceof HttpProblem || error instanceof InvalidInput)
      return (error as { errors?: unknown; fields?: unknown }).errors ?? (error as InvalidInput).fields;
    throw error;
  }
  throw new Error('accepted');
};

describe('validation errors', () => {
  it('name each missing field of a complaint closed as solved', () => {
    expect(errorsOf(complaintFollowUp, { solved: true, text: 'Customer confirms' })).toEqual([
      expect.objectContaining({ in: 'body', path: 'rootCause' }),
      expect.objectContaining({ in: 'body', path: 'correctiveAction' }),
      expect.objectContaining({ in: 'body', path: 'cause' }),
    ]);
  });

  it('speak of the shape a value came closest to', () => {
    expect(errorsOf(targetSplit, { monthWeights: [1, 2] })).toEqual([
      expect.objectContaining({ path: 'monthWeights', message: expect.stringContaining('12') }),
    ]);
  });
});
