/**
 * A seeded generator of numbers in [0, 1): mulberry32, a 32-bit generator with a period of 2^32.
 * The demo data gets the same numbers on every machine (its ids and history come out the same, and
 * tokens stay valid across a reset); the benchmarks' 100,000 generated orders do not repeat (a
 * floating-point LCG does after about ten thousand numbers).
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
