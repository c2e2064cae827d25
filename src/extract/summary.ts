/**
 * What a cluster's reports say, kept up to date as reports join, so that comparing a report
 * with a cluster costs the same however many articles tell the event.
 */
import type { DateRange, Mention, MentionDate } from './types.ts';
import { DAY_TOLERANCE } from './dates.ts';

/** What a cluster's mentions say. */
export interface Summary {
  counts: Set<number>;
  /** Whether some report says several people (count unknown). */
  plural: boolean;
  patientCountries: Set<string>;
  agentCountries: Set<string>;
  places: Set<string>;
  strongCountries: Set<string>;
  countries: Set<string>;
  sources: Set<string>;
  /** Each article's first report in it (its order in the article). */
  firstOrder: Map<string, number>;
  /** Each article's last report in it told as one more of its kind: what that article told before is another event. */
  lastAdditive: Map<string, number>;
  names: Set<string>;
  /** Exact ranges given ("start/end"). */
  ranges: Set<string>;
  /** Day-precise dates, as day numbers: the extremes are enough to check the tolerance. */
  dayMin: number; dayMax: number;
  /** Month- or year-precise ranges: a date must overlap each, so the tightest bounds suffice. */
  coarseStartMax: number; coarseEndMin: number;
  /** Month/day of every dated mention, for mentions without a year. */
  monthDays: Map<string, { month?: number; day?: number }>;
}

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** A mention's range as day numbers, computed once. */
const spans = new WeakMap<Mention, { start: number; end: number }>();
export function span(m: Mention): { start: number; end: number } {
  let s = spans.get(m);
  if (!s) spans.set(m, (s = { start: dayNumber(m.date!.range!.start), end: dayNumber(m.date!.range!.end) }));
  return s;
}

export function monthDayOf(m: Mention): { month?: number; day?: number } | null {
  const d = m.date;
  if (!d) return null;
  if (d.partial) return { month: d.partial.month, day: d.partial.day };
  const r = d.range!;
  if (r.precision === 'year') return {};
  return { month: Number(r.start.slice(5, 7)), day: r.precision === 'day' ? Number(r.start.slice(8, 10)) : undefined };
}

function monthDaysAgree(a: { month?: number; day?: number }, b: { month?: number; day?: number }): boolean {
  if (a.month === undefined || b.month === undefined) return true;
  if (a.month !== b.month) return false;
  return a.day === undefined || b.day === undefined || Math.abs(a.day - b.day) <= DAY_TOLERANCE;
}

export const isGroup = (s: Summary) => s.plural || [...s.counts].some((n) => n > 1);

/** Whether a report `b` holds came before one `a` tells as one more of its kind, in the same article. */
const addsTo = (a: Summary, b: Summary) => [...a.lastAdditive].some(([source, order]) => (b.firstOrder.get(source) ?? Infinity) < order);

/**
 * Whether an article tells one of two groups of reports as one more of its kind after the
 * other ("son fils a par ailleurs été arrêté" after "le président a été arrêté"): then they
 * are two events; but a sweep ("53 militants interpellés") may take in one more person.
 */
export function toldApart(a: Summary, b: Summary): boolean {
  return !isGroup(a) && !isGroup(b) && (addsTo(a, b) || addsTo(b, a));
}

/** One more person told after a group its article reported ("53 militants…; un avocat a également été interpellé"): the sweep. */
export const joinsSweep = (s: Summary, m: Mention) => !!m.additive && s.sources.has(m.source) && isGroup(s) && (m.count ?? 1) === 1;

/** `toldApart` of a cluster and one more report. */
export function toldApartFrom(s: Summary, m: Mention): boolean {
  const adds = (m.additive && (s.firstOrder.get(m.source) ?? Infinity) < m.order) || (s.lastAdditive.get(m.source) ?? -Infinity) > m.order;
  return adds && !isGroup(s) && !m.plural && (m.count ?? 0) <= 1;
}

export function emptySummary(): Summary {
  return {
    counts: new Set(), plural: false, patientCountries: new Set(), agentCountries: new Set(), places: new Set(),
    strongCountries: new Set(), countries: new Set(), sources: new Set(), firstOrder: new Map(), lastAdditive: new Map(), names: new Set(), ranges: new Set(),
    dayMin: Infinity, dayMax: -Infinity, coarseStartMax: -Infinity, coarseEndMin: Infinity, monthDays: new Map(),
  };
}

export function addToSummary(s: Summary, m: Mention): void {
  if (m.count !== null) s.counts.add(m.count);
  if (m.plural) s.plural = true;
  if (m.patientCountry) s.patientCountries.add(m.patientCountry);
  if (m.agentCountry) s.agentCountries.add(m.agentCountry);
  if (m.place) s.places.add(m.place);
  if (m.countryStrength === 'strong' && m.countries[0]) s.strongCountries.add(m.countries[0]);
  for (const c of m.countries) s.countries.add(c);
  s.sources.add(m.source);
  s.firstOrder.set(m.source, Math.min(s.firstOrder.get(m.source) ?? Infinity, m.order));
  if (m.additive) s.lastAdditive.set(m.source, Math.max(s.lastAdditive.get(m.source) ?? -Infinity, m.order));
  for (const n of m.names ?? []) s.names.add(n);
  const r = m.date?.range;
  // A date taken from the context is near the event, not on it: it neither bounds the cluster's dates nor meets them.
  if (r && m.date!.derivation !== 'from-context') {
    s.ranges.add(`${r.start}/${r.end}`);
    const { start, end } = span(m);
    if (r.precision === 'day') {
      s.dayMin = Math.min(s.dayMin, start);
      s.dayMax = Math.max(s.dayMax, start);
    } else {
      s.coarseStartMax = Math.max(s.coarseStartMax, start);
      s.coarseEndMin = Math.min(s.coarseEndMin, end);
    }
  }
  const md = m.date?.derivation === 'from-context' ? null : monthDayOf(m);
  if (md) s.monthDays.set(`${md.month}/${md.day}`, md);
}

/** How many days before its context's date an event may have happened ("a annoncé mardi" of an arrest days earlier). */
const CONTEXT_BEFORE = 7;

/** Whether a date from the context fits the cluster: its days and periods fall in the days before it. */
export function contextFits(s: Summary, date: MentionDate): boolean {
  const at = dayNumber(date.range!.start);
  // The reference date only says the event is not later; a date near the report, that it is days before at most.
  const from = date.context === 'reference' ? -Infinity : at - CONTEXT_BEFORE, to = dayNumber(date.range!.end) + DAY_TOLERANCE;
  if (s.dayMin !== Infinity && (s.dayMax < from || s.dayMin > to)) return false;
  return !(s.coarseStartMax !== -Infinity && (s.coarseEndMin < from || s.coarseStartMax > to));
}

/** Whether a mention's date fits every date of the cluster (days within the tolerance, periods overlapping). */
export function datesFit(s: Summary, m: Mention): boolean {
  if (!m.date) return m.contextDate ? contextFits(s, m.contextDate) : true;
  if (m.date.derivation === 'from-context' && m.date.range) return contextFits(s, m.date);
  const r: DateRange | null = m.date.range;
  if (r) {
    const { start, end } = span(m);
    if (r.precision === 'day') {
      if (s.dayMin !== Infinity && (Math.abs(start - s.dayMin) > DAY_TOLERANCE || Math.abs(start - s.dayMax) > DAY_TOLERANCE)) return false;
    } else if (s.dayMin !== Infinity && (start > s.dayMin || end < s.dayMax)) return false;
    if (start > s.coarseEndMin || end < s.coarseStartMax) return false;
  }
  const md = monthDayOf(m)!;
  // Against partial dates (and, for a partial mention, against every date), compare month and day.
  for (const other of s.monthDays.values()) if (!monthDaysAgree(md, other)) return false;
  return true;
}
