// `npm run bench`: every benchmark, each to the end even when an earlier one misses its goal; a
// summary names every goal missed, and the run fails if there is one.
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
  const { status, stdout } = spawnSync('npm', ['run', '--silent', part], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(stdout);
  const missed = stdout.split('\n').filter((line) => line.startsWith('MISSED') || line.startsWith('Over '));
  return { part, ok: status === 0, missed };
});
console.log('\n=== summary');
for (const { part, ok, missed } of outcomes) {
  console.log(`${ok ? 'met   ' : 'MISSED'} ${part}`);
  for (const line of ok ? [] : missed.length ? missed : ['(failed before its verdict; see above)'])
    console.log(`         ${line}`);
}
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
