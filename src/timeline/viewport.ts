/**
 * The viewport: the filtered events in time order with their times, which of them the view
 * overlaps (binary search), and the zoom transform that frames a set of events.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { startOf, endOf, type TimeScale } from './scale.ts';
import { TYPES, type TimelineEvent } from './options.ts';

export const DAY = 86_400_000;

/** The first index whose value is at least `value` in a sorted array. */
export function lowerBound(sorted: number[], value: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The shown events in time order, with their start and (exclusive) end times. */
export interface Shown {
  list: TimelineEvent[];
  starts: number[];
  ends: number[];
  /** The longest span, so that a search on starts finds spans begun before the view. */
  longest: number;
  typeIndex: Uint8Array;
  /** The types present, in the registry's order: one band each. */
  types: TimelineEvent['type'][];
}

const startCache = new WeakMap<TimelineEvent, number>();
/** An event's start time, parsed once. */
export const startMs = (e: TimelineEvent) => {
  let t = startCache.get(e);
  if (t === undefined) { t = startOf(e.date.start); startCache.set(e, t); }
  return t;
};
/** An event's end (the next midnight after its last day). */
export const endMs = (e: TimelineEvent) => (e.date.end === e.date.start ? startMs(e) + DAY : endOf(e.date.end));

/** Indexes the events (already in time order) that pass the filter. */
export function indexShown(events: TimelineEvent[], visible: Set<string>): Shown {
  const list = events.filter((e) => visible.has(e.id));
  const starts = list.map(startMs);
  // Most events end the day they start: reuse the start rather than parse again.
  const ends = list.map((e, i) => (e.date.end === e.date.start ? starts[i]! + DAY : endOf(e.date.end)));
  const longest = list.reduce((m, _, i) => Math.max(m, ends[i]! - starts[i]!), 0);
  const typeIndex = Uint8Array.from(list, (e) => TYPES.indexOf(e.type));
  return { list, starts, ends, longest, typeIndex, types: TYPES.filter((_, t) => typeIndex.includes(t)) };
}

/** The events that overlap the visible period, as a range of indexes into the shown list and a count. */
export function inView(shown: Shown, scale: TimeScale): { lo: number; hi: number; count: number } {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const lo = lowerBound(shown.starts, d0 - shown.longest);
  const hi = lowerBound(shown.starts, d1 + 1);
  let count = 0;
  for (let i = lo; i < hi; i++) if (shown.ends[i]! >= d0) count++;
  return { lo, hi, count };
}

/** The events in view, as a list (only needed when they are few enough to be marks). */
export function listInView(shown: Shown, scale: TimeScale, range: { lo: number; hi: number }): TimelineEvent[] {
  const d0 = scale.domain()[0]!.getTime();
  const out: TimelineEvent[] = [];
  for (let i = range.lo; i < range.hi; i++) if (shown.ends[i]! >= d0) out.push(shown.list[i]!);
  return out;
}

/** Where an event's mark stands: its day, or the middle of its month or year (the best estimate). */
export function pointOf(e: TimelineEvent, scale: TimeScale): number {
  return e.date.precision === 'day' ? scale(startMs(e)) : (scale(startMs(e)) + scale(endMs(e))) / 2;
}

/**
 * The transform of the opening scale `x0` that shows [from, to] between the margins, its
 * factor kept within `k`: zoom to the events a filter leaves.
 */
export function fitTransform(x0: TimeScale, from: number, to: number, k: [number, number]): ZoomTransform {
  const [r0, r1] = x0.range() as [number, number];
  const pad = Math.max((to - from) * 0.05, 15 * DAY);
  const a = x0(from - pad), b = x0(to + pad);
  const scale = Math.min(k[1], Math.max(k[0], (r1 - r0) / Math.max(1e-9, b - a)));
  // Centre the period when the factor is clamped.
  return zoomIdentity.translate((r0 + r1) / 2 - scale * (a + b) / 2, 0).scale(scale);
}
