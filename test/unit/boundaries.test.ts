import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries are checked by `npm run check` (ESLint's path-based zones). Each kind of forbidden
 * import is planted in a file where it must be refused, and the check must say so; the allowed
 * ones must pass. A check that let any of them through would fail here.
 */
const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, {
    filePath: join(ROOT, file),
  });
  return result!.messages
    .filter((message) => message.ruleId?.startsWith('import-x/'))
    .map((message) => message.ruleId!);
}

const REFUSED = 'import-x/no-restricted-paths';

describe('the boundaries between domains and the kernel', () => {
  it.each([
    [
      'another domain’s store',
      'functions/orders/planted.ts',
      "import { getCustomer } from '../customers/store.ts';",
    ],
    [
      'another domain’s store by a longer path',
      'functions/orders/planted.ts',
      "import { getCustomer } from '../../functions/customers/store.ts';",
    ],
    [
      'another domain’s store by import()',
      'functions/orders/planted.ts',
      "export const load = () => import('../customers/store.ts');",
    ],
    [
      'a re-export of another domain’s store',
      'functions/orders/planted.ts',
      "export { getCustomer } from '../customers/store.ts';",
    ],
    [
      'another domain’s rules from a rules file',
      'functions/orders/planted-rules.ts',
      "import { classify } from '../classification/rules.ts';",
    ],
    [
      'a domain from the kernel',
      'functions/shared/planted.ts',
      "import { getOrder } from '../orders/public.ts';",
    ],
    [
      'a table at functions/ from the kernel',
      'functions/shared/planted.ts',
      "import { SCHEDULED_JOBS } from '../schedules.ts';",
    ],
    [
      'HTTP in a rules file',
      'functions/orders/planted-rules.ts',
      "import { domainHandler } from '#shared/http.ts';",
    ],
    [
      'another domain’s store from OpenAPI text',
      'functions/contracts/docs.ts',
      "import { getQuote } from '../sales/store.ts';",
    ],
  ])('refuses %s', async (_kind, file, code) => {
    expect(await problems(file, code)).toContain(REFUSED);
  });

  it('refuses an import it cannot follow, so nothing slips past the zones unseen', async () => {
    expect(
      await problems('functions/orders/planted.ts', "import { x } from '../customers/nowhere.ts';"),
    ).toContain('import-x/no-unresolved');
  });

  it.each([
    [
      'another domain’s public face',
      'functions/orders/planted.ts',
      "import { getCustomer } from '../customers/public.ts';",
    ],
    ['the kernel', 'functions/orders/planted.ts', "import { addDays } from '#shared/calendar.ts';"],
    ['its own store', 'functions/orders/planted.ts', "import { getOrder } from './store.ts';"],
    [
      'another domain’s OpenAPI text from OpenAPI text',
      'functions/contracts/docs.ts',
      "import { decisionDocs } from '../approvals/docs.ts';",
    ],
    ['the kernel from the kernel', 'functions/shared/planted.ts', "import { addDays } from './calendar.ts';"],
  ])('allows %s', async (_kind, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
