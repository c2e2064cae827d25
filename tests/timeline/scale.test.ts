import { describe, expect, it } from 'vitest';
import { frameScale, startOf } from '../../src/timeline/scale.ts';

describe('frameScale', () => {
  it('frames every event inside the range with a margin', () => {
    const events = [{ date: { start: '2020-01-01', end: '2020-12-31' } }, { date: { start: '2025-09-19', end: '2025-09-19' } }];
    const x = frameScale(events, 1000);
    for (const e of events) {
      const px = x(startOf(e.date.start));
      expect(px).toBeGreaterThan(16);
      expect(px).toBeLessThan(984);
    }
  });

  it('gives a usable scale for a single day or no event', () => {
    const one = frameScale([{ date: { start: '2025-09-19', end: '2025-09-19' } }], 500);
    expect(one(startOf('2025-09-19'))).toBeGreaterThan(100);
    expect(frameScale([], 500).domain()).toHaveLength(2);
  });
});
