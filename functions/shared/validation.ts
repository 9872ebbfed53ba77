import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type FieldError, validationProblem } from './problem.ts';

// zod/mini ships without messages; English ones make errors readable for API clients.
z.config(en());

export type Schema = z.ZodMiniType;

function toFieldErrors(where: FieldError['in'], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // Name each unknown field in its own error, so clients can point at it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        in: where,
        path: [...path, key].join('.'),
        message: 'Unknown field',
      }));
    }
    return [{ in: where, path: path.join('.'), message: issue.message }];
  });
}

/** Parses one part of a request; a failure is a 400 listing every field path and message. */
export function parsePart<S extends Schema>(where: FieldError['in'], schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw validationProblem(toFieldErrors(where, result.error.issues));
  return result.data;
}
