// Benchmarks that compare sizes run each size in a process and a DynamoDB Local of its own: a
// second large table in the same instance slows DynamoDB Local down several times over, which says
// nothing about the code measured.
import { spawnSync } from 'node:child_process';

/** The number of orders this process measures, in a size's process; undefined in the parent. */
export const sizeUnderTest = (): number | undefined =>
  process.env.BENCH_ORDERS === undefined ? undefined : Number(process.env.BENCH_ORDERS);

/** Ends a size's process: its result, the last line it prints, for the parent. */
export const reportResult = (result: unknown) => console.log(JSON.stringify(result));

/** Runs `script` once per size, one after the other; answers each one's table rows and result. */
export function runEachSize<R>(script: string, sizes: readonly number[]): { rows: string[]; result: R }[] {
  return sizes.map((orders) => {
    const child = spawnSync(process.execPath, [script], {
      env: { ...process.env, BENCH_ORDERS: String(orders) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`the run with ${orders} orders failed`);
    const lines = child.stdout.trim().split('\n');
    return { rows: lines.filter((line) => line.startsWith('| ')), result: JSON.parse(lines.at(-1)!) as R };
  });
}
