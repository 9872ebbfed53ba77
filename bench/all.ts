// `npm run bench`: every benchmark, each to the end even when an earlier one misses its goal;
// a summary says which missed.
import { spawnSync } from 'node:child_process';

const parts = [
  'bench:bundles',
  'bench:api',
  'bench:events',
  'bench:classification',
  'bench:evaluation',
  'bench:reports',
  'bench:pdf',
];
const outcomes = parts.map((part) => {
  console.log(`\n=== npm run ${part}`);
  const { status } = spawnSync('npm', ['run', '--silent', part], { stdio: 'inherit' });
  return { part, ok: status === 0 };
});
console.log('\n=== summary');
for (const { part, ok } of outcomes) console.log(`${ok ? 'met  ' : 'MISSED'} ${part}`);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
