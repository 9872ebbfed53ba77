// What every benchmark ends with: each goal as measured / goal, a verdict, and the exit code
// (`npm run bench` names every benchmark that missed one); how busy the machine was meanwhile; and
// the measures they share (a median, the memory some work adds).
import { availableParallelism, loadavg } from 'node:os';

export interface Goal {
  /** What is measured, e.g. "p99 commit → consumer". */
  name: string;
  measured: number;
  goal: number;
  unit: string;
  /** `at-most` (default): measured must not exceed the goal; `at-least`: must reach it. */
  kind?: 'at-most' | 'at-least';
}

const shown = (value: number, unit: string) =>
  `${Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(value < 10 ? 2 : 1)}${unit === '×' || unit === '%' ? '' : ' '}${unit}`;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Prints each goal and sets a failing exit code if any is missed; answers whether all were met. */
export function verdict(goals: Goal[]): boolean {
  console.log('');
  let met = true;
  for (const goal of goals) {
    const atLeast = goal.kind === 'at-least';
    const ok =
      Number.isFinite(goal.measured) && (atLeast ? goal.measured >= goal.goal : goal.measured <= goal.goal);
    met &&= ok;
    console.log(
      `${ok ? 'met   ' : 'MISSED'} ${goal.name}: ${shown(goal.measured, goal.unit)} / goal ${atLeast ? '≥' : '≤'} ${shown(goal.goal, goal.unit)}`,
    );
  }
  if (!met) process.exitCode = 1;
  return met;
}

/** Samples the 1-minute load average every second until stopped: the machine's business during a run. */
export function machineLoad(): { stop(): string } {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 1000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(loadavg()[0]!);
      return `load average ${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)} on ${availableParallelism()} cores`;
    },
  };
}

/**
 * The most memory a piece of work added to this process (resident set, sampled every 20 ms): what
 * a function needs beyond its init for the same work.
 */
export async function memoryAdded<T>(work: () => Promise<T>): Promise<{ result: T; addedMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, addedMb: (peak - before) / 1048576 };
  } finally {
    clearInterval(timer);
  }
}
