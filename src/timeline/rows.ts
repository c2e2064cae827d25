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

/** What a lane holds: a mark's extent, and its label's when it has one. */
interface Taken { id: string; a: number; b: number; mark: [number, number] }

const clear = (taken: Taken[], a: number, b: number, gap: number) => taken.every((t) => b + gap <= t.a || a >= t.b + gap);

/**
 * Where each item goes: its lane within its band, and its label if it gets one. Labels go in
 * order of importance; a mark that finds no free lane goes where it covers no other mark,
 * and a label it would sit on gives way. Deterministic.
 */
export function placeRows(items: RowItem[], o: RowOptions): { placed: Map<string, Placed>; lanes: number[] } {
  const order = [...items].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  const bands = new Map<number, Taken[][]>();
  const placed = new Map<string, Placed>();
  const lanes: number[] = [];
  const laneOf = (row: number, lane: number) => {
    const band = bands.get(row) ?? [];
    bands.set(row, band);
    return (band[lane] ??= []);
  };
  const unlabelled: RowItem[] = [];
  for (const item of order) {
    const a = item.x0 - o.half, b = item.x1 + o.half;
    let done = false;
    for (const side of o.labels ? (['after', 'before'] as const) : []) {
      const room = Math.min(o.maxLabel, side === 'after' ? o.right - b - o.gap : a - o.gap - o.left);
      const text = fitLabel(item.title, room);
      if (!text) continue;
      const w = labelWidth(text) + o.gap;
      const [l, r] = side === 'after' ? [a, b + w] : [a - w, b];
      for (let lane = 0; lane < o.maxLanes && !done; lane++) {
        const taken = laneOf(item.row, lane);
        if (clear(taken, l, r, o.gap)) {
          taken.push({ id: item.id, a: l, b: r, mark: [a, b] });
          placed.set(item.id, { lane, label: { text, side } });
          done = true;
        }
      }
      if (done) break;
    }
    if (!done) unlabelled.push(item);
  }
  for (const item of unlabelled) {
    const a = item.x0 - o.half, b = item.x1 + o.half;
    // The first lane where the mark clears everything, else the one where it covers the fewest marks.
    let best = 0, fewest = Infinity;
    for (let lane = 0; lane < o.maxLanes; lane++) {
      const taken = laneOf(item.row, lane);
      if (clear(taken, a, b, 2)) { best = lane; fewest = -1; break; }
      const covered = taken.filter((t) => b > t.mark[0] && a < t.mark[1]).length;
      if (covered < fewest) { best = lane; fewest = covered; }
    }
    const taken = laneOf(item.row, best);
    // Labels under this mark give way: a label never hides a mark.
    for (const t of taken) {
      if (b > t.a && a < t.b && !(b > t.mark[0] && a < t.mark[1])) {
        [t.a, t.b] = t.mark;
        placed.set(t.id, { lane: best });
      }
    }
    taken.push({ id: item.id, a, b, mark: [a, b] });
    placed.set(item.id, { lane: best });
  }
  for (const item of items) lanes[item.row] = Math.max(lanes[item.row] ?? 1, placed.get(item.id)!.lane + 1);
  return { placed, lanes };
}

/** Importance: the number of sources first, then recency (a later start ranks higher). */
export function importance(sources: number, startMs: number): number {
  return sources * 1e13 + startMs / 1e3;
}
