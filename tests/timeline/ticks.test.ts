import { describe, expect, it } from 'vitest';
import { dayTicks, intlTickLabels } from '../../src/timeline/ticks.ts';
import { timeScale } from '../../src/timeline/scale.ts';

const labels = intlTickLabels('fr');

describe('intlTickLabels', () => {
  it('gives the year on the first tick and at each new year, months and days in short', () => {
    expect(labels([new Date(2025, 3, 1), new Date(2025, 6, 1), new Date(2025, 9, 1)])).toEqual(['avr. 2025', 'juil.', 'oct.']);
    expect(labels([new Date(2024, 10, 1), new Date(2025, 0, 1), new Date(2025, 2, 1)])).toEqual(['nov. 2024', '2025', 'mars']);
    expect(labels([new Date(2025, 10, 7), new Date(2025, 10, 8)])).toEqual(['7 nov. 2025', '8 nov.']);
  });

  it('never repeats a label', () => {
    expect(labels([new Date(2025, 10, 7), new Date(2025, 10, 7, 12), new Date(2025, 10, 8)])).toEqual(['7 nov. 2025', '', '8 nov.']);
  });
});

describe('dayTicks', () => {
  it('keeps to whole days at the deepest zoom', () => {
    const scale = timeScale().domain([new Date(2025, 10, 6, 18), new Date(2025, 10, 9, 6)]).range([0, 1000]);
    const ticks = dayTicks(scale, 10);
    expect(ticks.map((d) => d.getDate())).toEqual([7, 8, 9]);
    expect(new Set(labels(ticks)).size).toBe(ticks.length);
  });
});
