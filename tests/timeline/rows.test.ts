import { describe, expect, it } from 'vitest';
import { importance, placeRows, type RowItem } from '../../src/timeline/rows.ts';
import { labelWidth } from '../../src/timeline/layout.ts';

const options = { maxLanes: 3, half: 6, gap: 6, maxLabel: 200, left: 0, right: 1000, labels: true };
const item = (id: string, x: number, imp: number, row = 0, title = `Événement ${id}`): RowItem => ({ id, row, x0: x, x1: x, title, importance: imp });

describe('placeRows', () => {
  it('labels the most important events first, without two labels overlapping', () => {
    const items = Array.from({ length: 12 }, (_, i) => item(`e${i}`, 100 + i * 10, i));
    const { placed, lanes } = placeRows(items, options);
    expect(lanes[0]).toBeLessThanOrEqual(3);
    // The most important are named; a cluster of twelve marks 10 px apart cannot name them all.
    for (const id of ['e11', 'e10']) expect(placed.get(id)!.label).toBeDefined();
    expect(items.filter((e) => !placed.get(e.id)!.label).length).toBeGreaterThan(0);
    const boxes = items.filter((e) => placed.get(e.id)!.label).map((e) => {
      const p = placed.get(e.id)!;
      const w = labelWidth(p.label!.text) + 6;
      return { lane: p.lane, a: p.label!.side === 'after' ? e.x1 + 6 : e.x0 - 6 - w, b: p.label!.side === 'after' ? e.x1 + 6 + w : e.x0 - 6 };
    });
    for (const p of boxes) for (const q of boxes) if (p !== q && p.lane === q.lane) expect(p.b <= q.a || q.b <= p.a).toBe(true);
  });

  it('puts a label before the mark near the right edge, and cuts a long title', () => {
    const { placed } = placeRows([item('late', 980, 1, 0, 'Un titre assez long pour ne pas tenir en entier dans la place qui reste')], options);
    expect(placed.get('late')!.label!.side).toBe('before');
    expect(placed.get('late')!.label!.text.endsWith('…')).toBe(true);
  });

  it('keeps bands apart and gives no label when labels are off', () => {
    const { placed, lanes } = placeRows([item('a', 100, 1, 0), item('b', 100, 1, 2)], { ...options, labels: false });
    expect(placed.get('a')).toEqual({ lane: 0 });
    expect(placed.get('b')).toEqual({ lane: 0 });
    expect(lanes[2]).toBe(1);
  });

  it('ranks by sources, then by recency', () => {
    expect(importance(3, Date.UTC(2020, 0, 1))).toBeGreaterThan(importance(1, Date.UTC(2025, 0, 1)));
    expect(importance(1, Date.UTC(2025, 0, 1))).toBeGreaterThan(importance(1, Date.UTC(2020, 0, 1)));
  });
});

describe('placeRows, crowded', () => {
  it('never lets a label cover a mark', () => {
    const items = Array.from({ length: 40 }, (_, i) => item(`e${String(i).padStart(2, '0')}`, 20 + ((i * 37) % 900), i % 7));
    const { placed } = placeRows(items, options);
    for (const p of items) {
      const lp = placed.get(p.id)!;
      if (!lp.label) continue;
      const w = labelWidth(lp.label.text) + 6;
      const [a, b] = lp.label.side === 'after' ? [p.x1 + 6, p.x1 + 6 + w] : [p.x0 - 6 - w, p.x0 - 6];
      for (const q of items) {
        if (q === p || placed.get(q.id)!.lane !== lp.lane) continue;
        expect(q.x1 + 6 <= a || q.x0 - 6 >= b, `${q.id} under the label of ${p.id}`).toBe(true);
      }
    }
  });
});
