import { asProblem } from '../../functions/shared/problem.ts';

/**
 * What a rule does with an action: `ok` when it allows it, else the HTTP status its domain error
 * stands for at the edge (409 for a rule the state forbids, 403, 400).
 */
export function statusOf(action: () => unknown, ok = 'ok'): string | number | undefined {
  try {
    action();
    return ok;
  } catch (error) {
    const problem = asProblem(error);
    if (!problem) throw error;
    return problem.status;
  }
}
