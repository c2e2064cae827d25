/**
 * Rows that mean something: one band per event type, each with a few lanes. Labels go to the
 * most important events first (more sources, then more recent), wherever they fit without
 * covering another label or mark; the others stay marks, named by their tooltip.
 */
import { fitLabel, labelWidth } from './layout.ts';

export interface RowItem {
  id: string;
  /** Which band (type) the item belongs to. */
  row: number;
  /** Left and right ends of the mark in pixels (equal for a day). */
  x0: number;
  x1: number;
  title: string;
  /** Higher first: the order labels are handed out in. */
  importance: number;
}

export interface Placed {
  lane: number;
  /** The label as drawn, and on which side of the mark; absent when the event stays unlabelled. */
  label?: { text: string; side: 'after' | 'before' };
}

export interface RowOptions {
  /** Lanes per band at most: the chart keeps a bounded height. */
  maxLanes: number;
  /** Half the mark's width, in pixels. */
  half: number;
  /** Room between a mark and its label, and between neighbours. */
  gap: number;
  /** The widest a label may be (a short title): the tooltip gives the rest. */
  maxLabel: number;
  /** The chart's drawable left and right edges. */
  left: number;
  right: number;
  /** Whether labels are wanted at all (not in a crowded view nor during a gesture). */
  labels: boolean;
}

/** Something drawn in a lane: a mark, or a label beside one. */
interface Taken { id: string; a: number; b: number }

const clear = (taken: Taken[], a: number, b: number, gap: number, except = '') => taken.every((t) => t.id === except || b + gap <= t.a || a >= t.b + gap);

/**
 * Where each item goes: its lane within its band, and its label if it gets one. Marks are
 * stacked first, in time order, in the first lane where they clear the others (a crowded
 * moment shares lanes). Labels are then handed out by importance, after or before the mark,
 * where they cover no mark and no other label, moving the event to another lane if that
 * makes room. Deterministic.
 */
export function placeRows(items: RowItem[], o: RowOptions): { placed: Map<string, Placed>; lanes: number[] } {
  const marks = new Map<string, Taken[][]>();
  const labels = new Map<string, Taken[][]>();
  const placed = new Map<string, Placed>();
  const lanes: number[] = [];
  const lane = (store: Map<string, Taken[][]>, row: number, i: number) => {
    const band = store.get(String(row)) ?? [];
    store.set(String(row), band);
    return (band[i] ??= []);
  };
  const extent = (item: RowItem) => [item.x0 - o.half, item.x1 + o.half] as const;
  for (const item of [...items].sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : 1))) {
    const [a, b] = extent(item);
    let best = 0, end = Infinity;
    for (let i = 0; i < o.maxLanes; i++) {
      const taken = lane(marks, item.row, i);
      const last = taken.length ? taken[taken.length - 1]!.b : -Infinity;
      if (last + 2 <= a) { best = i; break; }
      if (last < end) { best = i; end = last; }
    }
    lane(marks, item.row, best).push({ id: item.id, a, b });
    placed.set(item.id, { lane: best });
  }
  if (o.labels) {
    for (const item of [...items].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1))) {
      const [a, b] = extent(item);
      const home = placed.get(item.id)!.lane;
      // Its own lane first, then the others, where its mark fits too.
      const order = [home, ...Array.from({ length: o.maxLanes }, (_, i) => i).filter((i) => i !== home)];
      search: for (const i of order) {
        const here = lane(marks, item.row, i), words = lane(labels, item.row, i);
        if (i !== home && !(clear(here, a, b, 2) && clear(words, a, b, 2))) continue;
        for (const side of ['after', 'before'] as const) {
          const room = Math.min(o.maxLabel, side === 'after' ? o.right - b - o.gap : a - o.gap - o.left);
          const text = fitLabel(item.title, room);
          if (!text) continue;
          const w = labelWidth(text);
          const [l, r] = side === 'after' ? [b + o.gap, b + o.gap + w] : [a - o.gap - w, a - o.gap];
          if (!clear(here, l, r, o.gap, item.id) || !clear(words, l, r, o.gap)) continue;
          if (i !== home) {
            const from = lane(marks, item.row, home);
            from.splice(from.findIndex((t) => t.id === item.id), 1);
            here.push({ id: item.id, a, b });
          }
          words.push({ id: item.id, a: l, b: r });
          placed.set(item.id, { lane: i, label: { text, side } });
          break search;
        }
      }
    }
  }
  for (const item of items) lanes[item.row] = Math.max(lanes[item.row] ?? 1, placed.get(item.id)!.lane + 1);
  return { placed, lanes };
}

/** Importance: the number of sources first, then recency (a later start ranks higher). */
export function importance(sources: number, startMs: number): number {
  return sources * 1e13 + startMs / 1e3;
}
