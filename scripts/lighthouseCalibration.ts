/**
 * Lighthouse's CPU throttling is relative to the machine it runs on: its default 4× slowdown
 * "moves a typical run in the high-end desktop bracket somewhere into the mid-tier mobile
 * bracket" (Lighthouse, docs/throttling.md, "Calibrating the CPU slowdown"). On a slower machine
 * the same 4× emulates a slower phone than Lighthouse means, and Lighthouse itself warns that the
 * score suffers. This picks the multiplier that docs/throttling.md suggests for emulating a
 * mid-tier phone from the machine's `benchmarkIndex`, which every report records.
 */

/**
 * The CPU slowdown that emulates a mid-tier phone on a machine of this benchmark index, from the
 * table in Lighthouse's docs/throttling.md (the "Mid-Tier Mobile" column, suggested values):
 * high-end desktop (index 1500 and above) 4×, low-end desktop or high-end phone (800 and above) 2×,
 * a machine in the mid-tier phone bracket or below 1× (no slowdown: it is that phone already).
 * @param benchmarkIndex - Lighthouse's `environment.benchmarkIndex` (a number > 0)
 * @returns the `--throttling.cpuSlowdownMultiplier` to pass
 * @throws RangeError when the index is not a positive number
 */
export function midTierMobileSlowdown(benchmarkIndex: number): number {
  if (!(benchmarkIndex > 0) || !Number.isFinite(benchmarkIndex))
    throw new RangeError(`A benchmark index is a positive number; got ${benchmarkIndex}.`);
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}
