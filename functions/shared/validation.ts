import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type FieldError, validationProblem } from './problem.ts';

// zod/mini ships without messages; English ones make errors readable for API clients.
z.config(en());

export type Schema = z.ZodMiniType;

/**
 * A value that fits none of a union's shapes is told what is wrong with the shape it came closest
 * to (the fewest issues), field by field, rather than "Invalid input" for the whole.
 */
function closestBranch(issue: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return undefined;
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

function toFieldErrors(where: FieldError['in'], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const branch = closestBranch(issue);
    if (branch?.length) return toFieldErrors(where, branch);
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
