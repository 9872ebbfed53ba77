import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The boundaries, by where files are (path-based zones on resolved imports, so a relative path of
 * any depth, `#shared/…` and `import()` are all seen):
 * - a domain uses another domain only through its public face (`<domain>/public.ts`; OpenAPI text
 *   may also share another domain's `docs.ts`);
 * - the shared kernel (`functions/shared`) knows no domain and none of the tables at `functions/`;
 * - rules are pure: they know nothing of HTTP.
 * `test/unit/boundaries.test.ts` plants each kind of forbidden import and sees it refused.
 */
const root = import.meta.dirname;
const functions = join(root, 'functions');
const DOMAINS = readdirSync(functions, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const HTTP_MODULES = ['http', 'problem', 'resource-replies', 'problem-responses'];
const RULE_FILES = ['functions/*/rules.ts', 'functions/*/*-rules.ts', 'functions/approvals/chain.ts'];

const zones = [
  ...DOMAINS.map((domain) => ({
    target: join(functions, domain, '!(docs).ts'),
    from: join(functions, `!(${domain}|shared)`, '**'),
    except: [join(functions, '*', 'public.ts')],
    message: 'Import another domain through its public face (<domain>/public.ts).',
  })),
  ...DOMAINS.map((domain) => ({
    target: join(functions, domain, 'docs.ts'),
    from: join(functions, `!(${domain}|shared)`, '**'),
    except: [join(functions, '*', 'public.ts'), join(functions, '*', 'docs.ts')],
    message: 'OpenAPI text imports another domain through its public face or its docs.ts.',
  })),
  {
    target: join(functions, 'shared', '**'),
    from: [join(functions, `!(shared)`, '**'), join(functions, '*.ts')],
    message: 'functions/shared imports no domain and no table at functions/.',
  },
  {
    target: RULE_FILES.map((file) => join(root, file)),
    from: HTTP_MODULES.map((module) => join(functions, 'shared', `${module}.ts`)),
    message: 'Rules know nothing of HTTP: throw a domain error from #shared/domain-errors.ts.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', '.data', 'coverage', 'test/support/api-types.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // The tables at functions/ (routes, events, schedules, workflows) compose the domains and may.
  {
    files: ['functions/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // An import the resolver cannot follow would slip past the zones.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: ['local/**', 'scripts/**', 'bench/**', 'bin/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
