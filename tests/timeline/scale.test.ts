import { describe, expect, it } from 'vitest';
import { scaleTime } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { coreSpan, frameScale, startOf, timeScale } from '../../src/timeline/scale.ts';

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

describe('timeScale', () => {
  // d3-scale's scaleTime (a dev dependency, for this comparison only) is the reference.
  const spans: [string, string][] = [['2015-01-01', '2025-12-31'], ['2025-08-01', '2025-09-30'], ['2025-09-17', '2025-09-20'], ['1999-12-31', '2000-01-02']];
  for (const [from, to] of spans) {
    it(`places, inverts and ticks like d3's scaleTime, ${from} to ${to}`, () => {
      const domain = [new Date(from), new Date(to)];
      const ours = timeScale().domain(domain).range([16, 984]);
      const d3 = scaleTime().domain(domain).range([16, 984]);
      for (const count of [2, 5, 11]) expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
      for (const t of d3.ticks(20)) expect(ours(t)).toBeCloseTo(d3(t), 9);
      for (const px of [0, 16, 500, 984, 1200]) expect(+ours.invert(px)).toBeCloseTo(+d3.invert(px), -1);
      expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
    });
  }

  it('copies are independent, and zooming rescales a copy as d3-zoom does', () => {
    const base = timeScale().domain([new Date(2020, 0, 1), new Date(2021, 0, 1)]).range([0, 100]);
    const zoomed = zoomIdentity.translate(-50, 0).scale(2).rescaleX(base);
    expect(base.domain().map(Number)).toEqual([+new Date(2020, 0, 1), +new Date(2021, 0, 1)]);
    expect(zoomed(base.invert(50))).toBeCloseTo(50, 6);
    expect(zoomed.range()).toEqual([0, 100]);
  });
});

describe('coreSpan', () => {
  const at = (iso: string) => startOf(iso);
  const dated = (days: string[]) => ({ starts: days.map(at), ends: days.map((d) => at(d) + 86_400_000) });
  const recent = Array.from({ length: 27 }, (_, i) => `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`).sort();

  it('frames the period most events fall in when a few lie far from the others', () => {
    const { starts, ends } = dated(['1961-04-22', '1962-07-01', '1975-03-10', ...recent]);
    const core = coreSpan(starts, ends)!;
    expect(core[0]).toBe(at(recent[0]!));
    expect(core[1]).toBe(at(recent.at(-1)!) + 86_400_000);
  });

  it('frames nothing for events spread over their span, or for a few events', () => {
    const spread = Array.from({ length: 30 }, (_, i) => `${2000 + i}-06-01`);
    expect(coreSpan(dated(spread).starts, dated(spread).ends)).toBeNull();
    const few = ['1961-04-22', ...recent.slice(0, 10)];
    expect(coreSpan(dated(few).starts, dated(few).ends)).toBeNull();
  });
});
