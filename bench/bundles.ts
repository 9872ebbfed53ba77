// `npm run bench:bundles`: each function's bundle size and module init time on Node 24, beside a
// floor bundle that holds only the DynamoDB client. Bundling options are the CDK stack's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { BUNDLING, ROOT } from '../lib/domain-function.ts';

const RUNS = Number(process.env.RUNS ?? 15);
const GOAL = 1.3;
const out = mkdtempSync(join(tmpdir(), 'bundles-'));

async function bundle(name: string, entry: string): Promise<string> {
  const outfile = join(out, name, 'index.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    sourcemap: false,
    mainFields: BUNDLING.mainFields,
    banner: { js: BUNDLING.banner },
    logLevel: 'error',
  });
  return outfile;
}

/** Median wall time of importing the bundle in a fresh Node process, as a cold start does. */
function initTime(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const samples = Array.from({ length: RUNS }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'ap-east-1', DOCS_ASSETS_DIR: out },
      }).toString(),
    ),
  ).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const floorFile = await bundle('floor', 'bench/floor-handler.ts');
const floor = { size: statSync(floorFile).size, init: initTime(floorFile) };
const rows = [
  {
    function: 'floor (DynamoDB client only)',
    kB: floor.size / 1024,
    initMs: floor.init,
    sizeRatio: 1,
    initRatio: 1,
  },
];
let failed = false;
for (const fn of DOMAIN_FUNCTIONS) {
  const file = await bundle(fn.name, fn.entry);
  const size = statSync(file).size;
  const init = initTime(file);
  const row = {
    function: fn.name,
    kB: size / 1024,
    initMs: init,
    sizeRatio: size / floor.size,
    initRatio: init / floor.init,
  };
  if (row.sizeRatio > GOAL || row.initRatio > GOAL) failed = true;
  rows.push(row);
}
rmSync(out, { recursive: true, force: true });

console.log(`Node ${process.version}, ${RUNS} cold imports each (median)\n`);
console.log('| function | bundle (kB) | init (ms) | size / floor | init / floor |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.function} | ${row.kB.toFixed(1)} | ${row.initMs.toFixed(1)} | ${row.sizeRatio.toFixed(2)} | ${row.initRatio.toFixed(2)} |`,
  );
}
console.log(
  failed
    ? `\nSome function is over ${GOAL} times the floor.`
    : `\nEvery function is within ${GOAL} times the floor.`,
);
process.exitCode = failed ? 1 : 0;
