/**
 * The timeline's time scale, and the one it opens with: every event in view, with a margin.
 *
 * d3-scale's scaleTime brings d3-time-format and its default English locale (about 4 KB
 * gzipped) for tick labels this timeline never uses (its labels come from Intl, in French);
 * that would put the page over its 30 KB budget. So the scale here is the linear map of
 * scaleTime, written out, with d3-time's calendar ticks: the same ticks, the same positions.
 */
import { timeTicks } from 'd3-time';

export interface TimeScale {
  (t: number | Date): number;
  domain(): Date[];
  domain(domain: Array<number | Date>): this;
  range(): number[];
  range(range: number[]): this;
  invert(px: number): Date;
  /** Calendar ticks (years, months, days…), about `count` of them, as d3-time chooses. */
  ticks(count?: number): Date[];
  copy(): TimeScale;
}

/** A linear time scale, [0, 1] to [0, 1] until given a domain and a range. */
export function timeScale(): TimeScale {
  let d0 = 0, d1 = 1, r0 = 0, r1 = 1;
  const scale = ((t: number | Date) => r0 + ((+t - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.domain = function (domain?: Array<number | Date>) {
    if (!domain) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+domain[0]!, +domain[domain.length - 1]!];
    return scale;
  } as TimeScale['domain'];
  scale.range = function (range?: number[]) {
    if (!range) return [r0, r1];
    [r0, r1] = [range[0]!, range[range.length - 1]!];
    return scale;
  } as TimeScale['range'];
  scale.invert = (px) => new Date(d0 + ((px - r0) / (r1 - r0 || 1)) * (d1 - d0));
  scale.ticks = (count = 10) => timeTicks(new Date(d0), new Date(d1), count);
  scale.copy = () => timeScale().domain([d0, d1]).range([r0, r1]);
  return scale;
}

export interface Dated {
  date: { start: string; end: string };
}

const DAY = 86_400_000;

/** Local midnight at the start of an ISO day, and at the start of the next day. */
export const startOf = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))).getTime();
export const endOf = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1).getTime();

/** A time scale framing all events, padded by 5 % on each side (at least 15 days). */
export function frameScale(events: Dated[], width: number, margin = { left: 16, right: 16 }): TimeScale {
  const starts = events.map((e) => startOf(e.date.start));
  const ends = events.map((e) => endOf(e.date.end));
  const min = starts.length ? Math.min(...starts) : new Date(2000, 0, 1).getTime();
  const max = ends.length ? Math.max(...ends) : new Date(2001, 0, 1).getTime();
  const pad = Math.max((max - min) * 0.05, 15 * DAY);
  return timeScale().domain([new Date(min - pad), new Date(max + pad)]).range([margin.left, Math.max(margin.left + 1, width - margin.right)]);
}

/**
 * The period most events fall in, for the opening view: the shortest that holds `share` of
 * the events (in time order), when it is under `fraction` of their whole span. A few events
 * long before or after the others (a coup recalled from the 1960s in a story of 2023) would
 * otherwise squeeze the rest into a corner. Null for few events or events spread evenly.
 */
export function coreSpan(starts: number[], ends: number[], { share = 0.9, fraction = 0.4, min = 20 } = {}): [number, number] | null {
  const n = starts.length;
  if (n < min) return null;
  const k = Math.ceil(n * share);
  let best = 0;
  for (let i = 1; i + k <= n; i++) if (starts[i + k - 1]! - starts[i]! < starts[best + k - 1]! - starts[best]!) best = i;
  const from = starts[best]!;
  const to = Math.max(...ends.slice(best, best + k));
  const whole = Math.max(...ends) - starts[0]!;
  return to - from < whole * fraction ? [from, to] : null;
}
