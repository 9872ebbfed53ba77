import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type FieldError, validationProblem } from './problem.ts';

// zod/mini ships without messages; English ones make errors readable for API clients.
z.config(en());

export type Schema = z.ZodMiniType;

function toFieldErrors(where: FieldError['in'], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    in: where,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses one part of a request; a failure is a 400 listing every field path and message. */
export function parsePart<S extends Schema>(where: FieldError['in'], schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw validationProblem(toFieldErrors(where, result.error.issues));
  return result.data;
}
