/** The CPU slowdown `npm run bench:lighthouse` uses for its calibrated mobile preset. */
import { describe, expect, it } from 'vitest';
import { midTierMobileSlowdown } from '../../../scripts/lighthouseCalibration';

describe('midTierMobileSlowdown', () => {
  it('follows the suggested multipliers of Lighthouse’s docs/throttling.md for a mid-tier phone', () => {
    // High-end desktop, as Lighthouse's default assumes; low-end desktop or high-end phone; mid-tier phone.
    expect([2000, 1500, 1499, 1000, 800, 799, 400, 125, 50].map(midTierMobileSlowdown)).toEqual([
      4, 4, 2, 2, 2, 1, 1, 1, 1,
    ]);
  });

  it('refuses an index that is not a positive number', () => {
    for (const index of [0, -1, Number.NaN, Infinity]) expect(() => midTierMobileSlowdown(index)).toThrow(RangeError);
  });
});
