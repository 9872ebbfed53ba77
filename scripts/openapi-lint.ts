// Lints docs/openapi.json with Redocly's recommended rules (@redocly/openapi-core, the engine of
// the Redocly CLI): any error fails `npm run check`; warnings are printed.
import { createConfig, lint } from '@redocly/openapi-core';

const config = await createConfig({ extends: ['recommended'] });
const problems = await lint({ ref: new URL('../docs/openapi.json', import.meta.url).pathname, config });
for (const problem of problems)
  console[problem.severity === 'error' ? 'error' : 'log'](
    `${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer ?? ''})`,
  );
const errors = problems.filter((problem) => problem.severity === 'error').length;
console.log(
  `docs/openapi.json: ${errors} errors, ${problems.length - errors} warnings (Redocly recommended)`,
);
process.exit(errors > 0 ? 1 : 0);
