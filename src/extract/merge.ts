/**
 * Merging: mentions of the same real-world event, across articles, become one cluster.
 * Mentions are blocked by type and year, so each is compared only with clusters of its
 * type in a nearby period, never with every other mention; each cluster keeps a summary
 * of what its mentions say, so a comparison costs the same however many articles report it.
 */
import type { DateRange, EventType, Mention, MentionDate } from './types.ts';
import { DAY_TOLERANCE } from './dates.ts';

export interface Cluster {
  type: EventType;
  mentions: Mention[];
}

/** What a cluster's mentions say, kept up to date as mentions join. */
interface Summary {
  counts: Set<number>;
  /** Whether some report says several people (count unknown). */
  plural: boolean;
  patientCountries: Set<string>;
  agentCountries: Set<string>;
  places: Set<string>;
  strongCountries: Set<string>;
  countries: Set<string>;
  sources: Set<string>;
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
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** A mention's range as day numbers, computed once. */
const spans = new WeakMap<Mention, { start: number; end: number }>();
function span(m: Mention): { start: number; end: number } {
  let s = spans.get(m);
  if (!s) spans.set(m, (s = { start: dayNumber(m.date!.range!.start), end: dayNumber(m.date!.range!.end) }));
  return s;
}

function monthDayOf(m: Mention): { month?: number; day?: number } | null {
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

function emptySummary(): Summary {
  return {
    counts: new Set(), plural: false, patientCountries: new Set(), agentCountries: new Set(), places: new Set(),
    strongCountries: new Set(), countries: new Set(), sources: new Set(), names: new Set(), ranges: new Set(),
    dayMin: Infinity, dayMax: -Infinity, coarseStartMax: -Infinity, coarseEndMin: Infinity, monthDays: new Map(),
  };
}

function addToSummary(s: Summary, m: Mention): void {
  if (m.count !== null) s.counts.add(m.count);
  if (m.plural) s.plural = true;
  if (m.patientCountry) s.patientCountries.add(m.patientCountry);
  if (m.agentCountry) s.agentCountries.add(m.agentCountry);
  if (m.place) s.places.add(m.place);
  if (m.countryStrength === 'strong' && m.countries[0]) s.strongCountries.add(m.countries[0]);
  for (const c of m.countries) s.countries.add(c);
  s.sources.add(m.source);
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
function contextFits(s: Summary, date: MentionDate): boolean {
  const at = dayNumber(date.range!.start);
  // The reference date only says the event is not later; a date near the report, that it is days before at most.
  const from = date.context === 'reference' ? -Infinity : at - CONTEXT_BEFORE, to = dayNumber(date.range!.end) + DAY_TOLERANCE;
  if (s.dayMin !== Infinity && (s.dayMax < from || s.dayMin > to)) return false;
  return !(s.coarseStartMax !== -Infinity && (s.coarseEndMin < from || s.coarseStartMax > to));
}

/** Whether a mention's date fits every date of the cluster (days within the tolerance, periods overlapping). */
function datesFit(s: Summary, m: Mention): boolean {
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

/** Agreement on a single-valued attribute: every known value equal, or nothing known. */
const agrees = <T>(known: Set<T>, value: T | null) => value === null || known.size === 0 || (known.size === 1 && known.has(value));

function compatible(c: Cluster, s: Summary, m: Mention): boolean {
  if (c.type !== m.type || !datesFit(s, m)) return false;
  if (!agrees(s.counts, m.count) || !agrees(s.patientCountries, m.patientCountry) || !agrees(s.agentCountries, m.agentCountry)) return false;
  // One person and several people are not one arrest.
  if ((m.plural && s.counts.has(1)) || (m.count === 1 && s.plural)) return false;
  if (m.countries.length === 0) return true;
  // A place the words give must be one the event already has (a cluster may hold two when outlets disagree).
  if (m.countryStrength === 'strong' && s.strongCountries.size > 0 && !s.strongCountries.has(m.countries[0]!)) return false;
  return s.countries.size === 0 || m.countries.some((x) => s.countries.has(x));
}

/**
 * Keys under which an undated mention looks for the event it describes: its own article, or
 * a pair of attributes (a count alone is too common to narrow the search as the corpus grows).
 */
function evidenceKeys(m: Mention): string[] {
  const keys = [`source:${m.source}`];
  const attrs = [
    m.count !== null ? `count:${m.count}` : null,
    m.patientCountry ? `patient:${m.patientCountry}` : null,
    m.agentCountry ? `agent:${m.agentCountry}` : null,
    m.place ? `place:${m.place}` : null,
    m.countryStrength === 'strong' && m.countries[0] ? `strong:${m.countries[0]}` : null,
  ].filter((k): k is string => k !== null);
  for (let i = 0; i < attrs.length; i++) for (let j = i + 1; j < attrs.length; j++) keys.push(`${attrs[i]}|${attrs[j]}`);
  for (const n of m.names ?? []) keys.push(`name:${n}`);
  return keys.map((k) => `${m.type}:${k}`);
}

/** How much positive evidence ties a mention to a cluster (beyond not contradicting it). */
function affinity(s: Summary, m: Mention): number {
  const has = <T>(set: Set<T>, v: T | null) => (v !== null && set.has(v) ? 1 : 0);
  const r = m.date?.range;
  return 2 * has(s.counts, m.count)
    + has(s.patientCountries, m.patientCountry)
    + has(s.agentCountries, m.agentCountry)
    + has(s.places, m.place)
    + (m.countryStrength === 'strong' ? has(s.strongCountries, m.countries[0] ?? null) : 0)
    + (r && s.ranges.has(`${r.start}/${r.end}`) ? 1 : 0)
    + has(s.sources, m.source)
    + 2 * ((m.names ?? []).some((n) => s.names.has(n)) ? 1 : 0);
}

/**
 * The blocks a mention falls in: its type and each month its dates touch, with a month
 * on either side (two reports a day apart may straddle a month's end).
 */
function blocks(m: Mention): string[] {
  const r = m.date?.range;
  if (!r) return [`${m.type}:partial`];
  const from = Number(r.start.slice(0, 4)) * 12 + Number(r.start.slice(5, 7)) - 1;
  const to = Number(r.end.slice(0, 4)) * 12 + Number(r.end.slice(5, 7)) - 1;
  const keys: string[] = [];
  for (let k = from - 1; k <= to + 1; k++) keys.push(`${m.type}:${k}`);
  return keys;
}

const PRECISION_ORDER = { day: 0, month: 1, year: 2 } as const;
/** Finest first, so that a month or a year joins the days it covers ("début mars" joins "le 7 mars"); then by date. */
const byDate = (a: Mention, b: Mention) => {
  const ka = a.date?.range?.start ?? '9999', kb = b.date?.range?.start ?? '9999';
  const pa = PRECISION_ORDER[a.date?.range?.precision ?? 'year'], pb = PRECISION_ORDER[b.date?.range?.precision ?? 'year'];
  return pa - pb || (ka < kb ? -1 : ka > kb ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : a.order - b.order);
};

/**
 * Groups mentions into clusters. Dated mentions found or join clusters; a mention with
 * only a month and day joins the best match of its type; an undated one joins the single
 * best-matching cluster when something positive ties it there, and is dropped otherwise.
 */
export function mergeMentions(mentions: Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const summaries = new Map<Cluster, Summary>();
  const index = new Map<string, Set<Cluster>>();
  // The same blocks split by where it happened: a mention placed in a country only meets
  // clusters placed there or nowhere yet, which keeps candidates few as the corpus grows.
  const byCountry = new Map<string, Set<Cluster>>();
  // Clusters by article and by pairs of attribute values: where an undated mention looks.
  const byEvidence = new Map<string, Set<Cluster>>();
  const byType = new Map<EventType, Cluster[]>();
  const create = (m: Mention) => {
    const c: Cluster = { type: m.type, mentions: [] };
    clusters.push(c);
    summaries.set(c, emptySummary());
    const ofType = byType.get(m.type);
    if (ofType) ofType.push(c); else byType.set(m.type, [c]);
    place(c, m);
  };
  const place = (c: Cluster, m: Mention) => {
    c.mentions.push(m);
    const summary = summaries.get(c)!;
    addToSummary(summary, m);
    const where = summary.strongCountries.size ? [...summary.strongCountries] : ['none'];
    for (const block of blocks(m)) {
      for (const country of where) {
        let set = byCountry.get(`${block}|${country}`);
        if (!set) byCountry.set(`${block}|${country}`, (set = new Set()));
        set.add(c);
      }
    }
    for (const [map, keys] of [[index, blocks(m)], [byEvidence, evidenceKeys(m)]] as const) {
      for (const key of keys) {
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(c);
      }
    }
  };
  const best = (candidates: Iterable<Cluster>, m: Mention): { cluster: Cluster | null; score: number; tie: boolean } => {
    let top: Cluster | null = null, topScore = -1, tie = false;
    for (const c of candidates) {
      const s = summaries.get(c)!;
      if (!compatible(c, s, m)) continue;
      const score = affinity(s, m);
      if (score > topScore) { top = c; topScore = score; tie = false; } else if (score === topScore) tie = true;
    }
    return { cluster: top, score: topScore, tie };
  };
  const ranged = mentions.filter((m) => m.date?.range).sort(byDate);
  const partial = mentions.filter((m) => !m.date?.range && m.date?.partial).sort(byDate);
  const undated = mentions.filter((m) => !m.date).sort(byDate);
  const unplaced: Mention[] = [];
  const placeRanged = (m: Mention) => {
    const candidates = new Set<Cluster>();
    const strong = m.countryStrength === 'strong' ? m.countries[0] : undefined;
    for (const key of blocks(m)) {
      const sets = strong ? [byCountry.get(`${key}|${strong}`), byCountry.get(`${key}|none`)] : [index.get(key)];
      for (const set of sets) for (const c of set ?? []) candidates.add(c);
    }
    const { cluster, score } = best(candidates, m);
    // Two day-precise reports need something in common beyond a nearby date.
    if (cluster && (score > 0 || m.date!.range!.precision !== 'day')) place(cluster, m);
    else create(m);
  };
  ranged.forEach(placeRanged);
  for (const m of partial) {
    const { cluster } = best(byType.get(m.type) ?? [], m);
    if (cluster) place(cluster, m);
    else create(m);
  }
  for (const m of undated) {
    const candidates = new Set<Cluster>();
    for (const key of evidenceKeys(m)) for (const c of byEvidence.get(key) ?? []) candidates.add(c);
    const { cluster, score, tie } = best(candidates, m);
    if (cluster && !tie && score >= 1) place(cluster, m);
    else if (m.contextDate) unplaced.push(m);
  }
  // An undated report that restates no event is an event of its own, at its context's date.
  for (const m of unplaced.sort(byDate)) placeRanged({ ...m, date: m.contextDate! });
  return joinByNames(clusters, summaries);
}

/** Whether two clusters' dates can be one event's: days within the tolerance, periods overlapping. */
function summariesFit(a: Summary, b: Summary): boolean {
  const lo = Math.min(a.dayMin, b.dayMin), hi = Math.max(a.dayMax, b.dayMax);
  if (lo !== Infinity && hi - lo > DAY_TOLERANCE) return false;
  const coarseStart = Math.max(a.coarseStartMax, b.coarseStartMax), coarseEnd = Math.min(a.coarseEndMin, b.coarseEndMin);
  if (coarseStart > coarseEnd) return false;
  if (lo !== Infinity && (lo < coarseStart || hi > coarseEnd)) return false;
  return true;
}

/**
 * Reports of one event that the first pass kept apart (an outlet placed it by where its
 * source spoke; another dated it by a weekday): clusters of a type whose dates fit, whose
 * counts agree and whose reports name the same person are one event.
 */
function joinByNames(clusters: Cluster[], summaries: Map<Cluster, Summary>): Cluster[] {
  const byName = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const n of summaries.get(c)!.names) {
      const key = `${c.type}:${n}`;
      const list = byName.get(key);
      if (list) list.push(c); else byName.set(key, [c]);
    }
  }
  const into = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => { let r = c; while (into.has(r)) r = into.get(r)!; return r; };
  for (const [, group] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (let i = 1; i < group.length; i++) {
      const a = root(group[0]!), b = root(group[i]!);
      if (a === b) continue;
      const sa = summaries.get(a)!, sb = summaries.get(b)!;
      const counts = (sa.counts.size === 0 || sb.counts.size === 0 || [...sa.counts].some((n) => sb.counts.has(n)))
        && !(sa.plural && sb.counts.has(1)) && !(sb.plural && sa.counts.has(1));
      if (!counts || !summariesFit(sa, sb)) continue;
      a.mentions.push(...b.mentions);
      for (const m of b.mentions) addToSummary(sa, m);
      into.set(b, a);
    }
  }
  return clusters.filter((c) => !into.has(c));
}
