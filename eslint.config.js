import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Domains talk through a public face: another domain's public.ts, never its store or internals.
const otherDomainsInternals = {
  regex: '^\\.\\./(?!shared/)[a-z-]+/(?!public\\.ts$)[^/]+$',
  message: 'Import another domain through its public face (../<domain>/public.ts).',
};
const onlyImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', '.data', 'coverage'] },
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
    files: ['functions/*/**/*.ts'],
    ignores: ['functions/*/docs.ts'],
    rules: onlyImports(otherDomainsInternals),
  },
  // Rules are pure: they throw domain errors (shared/domain-errors.ts) and know nothing of HTTP.
  {
    files: ['functions/*/rules.ts', 'functions/*/*-rules.ts', 'functions/approvals/chain.ts'],
    rules: onlyImports(otherDomainsInternals, {
      regex: '^#shared/(http|problem|resource-replies|problem-responses)\\.ts$',
      message: 'Rules know nothing of HTTP: throw a domain error from #shared/domain-errors.ts.',
    }),
  },
  // OpenAPI text may share response shapes with another domain's OpenAPI text.
  {
    files: ['functions/*/docs.ts'],
    rules: onlyImports({
      regex: '^\\.\\./(?!shared/)[a-z-]+/(?!(public|docs)\\.ts$)[^/]+$',
      message: 'Import another domain through its public face (../<domain>/public.ts) or its docs.ts.',
    }),
  },
  // The shared kernel knows no domain.
  {
    files: ['functions/shared/**/*.ts'],
    rules: onlyImports({ regex: '^\\.\\./[a-z-]+/', message: 'functions/shared imports no domain.' }),
  },
  {
    files: ['local/**', 'scripts/**', 'bench/**', 'bin/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
