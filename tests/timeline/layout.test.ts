import { describe, expect, it } from 'vitest';
import { fitLabel, labelWidth, stackLanes } from '../../src/timeline/layout.ts';

describe('stackLanes', () => {
  it('puts items that overlap on separate lanes and reuses a lane once it is free', () => {
    const { lane, count } = stackLanes([
      { id: 'a', x0: 0, x1: 100 }, { id: 'b', x0: 50, x1: 120 }, { id: 'c', x0: 110, x1: 200 },
    ]);
    expect(count).toBe(2);
    expect([lane.get('a'), lane.get('b'), lane.get('c')]).toEqual([0, 1, 0]);
  });

  it('keeps to a maximum of lanes, putting what does not fit on the lane that frees up first', () => {
    const spans = Array.from({ length: 30 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, x0: 0, x1: 1000 - i }));
    const { lane, count } = stackLanes([...spans, { id: 'day', x0: 500, x1: 510 }], 2, 12);
    expect(count).toBe(12);
    expect(Math.max(...lane.values())).toBe(11);
    // Lanes fill in order; the overflow goes where the end is nearest.
    expect(lane.get('s00')).toBe(0);
    expect(lane.get('s11')).toBe(11);
    expect(lane.get('s12')).toBe(11);
    expect(stackLanes(spans, 2).count).toBe(30);
  });

  it('is deterministic whatever the input order', () => {
    const items = [{ id: 'b', x0: 0, x1: 10 }, { id: 'a', x0: 0, x1: 10 }];
    expect([...stackLanes(items).lane]).toEqual([...stackLanes([...items].reverse()).lane]);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits, cuts one that does not, and drops one with no room', () => {
    expect(fitLabel('Coup', 100)).toBe('Coup');
    const cut = fitLabel('La France expulse deux diplomates maliens', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(labelWidth(cut)).toBeLessThanOrEqual(120);
    expect(fitLabel('La France expulse', 20)).toBe('');
  });
});

describe('lowerBound', () => {
  it('finds the first index at or above a value', async () => {
    const { lowerBound } = await import('../../src/timeline/timeline.ts');
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 9)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});
