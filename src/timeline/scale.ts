/** The time scale a timeline opens with: every event in view, with a margin. */
import { scaleTime, type ScaleTime } from 'd3-scale';

export interface Dated {
  date: { start: string; end: string };
}

const DAY = 86_400_000;

/** Local midnight at the start of an ISO day, and at the start of the next day. */
export const startOf = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))).getTime();
export const endOf = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1).getTime();

/** A time scale framing all events, padded by 5 % on each side (at least 15 days). */
export function frameScale(events: Dated[], width: number, margin = { left: 16, right: 16 }): ScaleTime<number, number> {
  const starts = events.map((e) => startOf(e.date.start));
  const ends = events.map((e) => endOf(e.date.end));
  const min = starts.length ? Math.min(...starts) : new Date(2000, 0, 1).getTime();
  const max = ends.length ? Math.max(...ends) : new Date(2001, 0, 1).getTime();
  const pad = Math.max((max - min) * 0.05, 15 * DAY);
  return scaleTime().domain([new Date(min - pad), new Date(max + pad)]).range([margin.left, Math.max(margin.left + 1, width - margin.right)]);
}
