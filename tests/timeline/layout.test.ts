import { describe, expect, it } from 'vitest';
import { fitLabel, labelWidth } from '../../src/timeline/layout.ts';

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
    const { lowerBound } = await import('../../src/timeline/viewport.ts');
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 9)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});
