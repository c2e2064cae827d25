/**
 * Merging: mentions of the same real-world event, across articles, become one cluster.
 * Mentions are blocked by type and year, so each is compared only with clusters of its
 * type in a nearby period, never with every other mention; each cluster keeps a summary
 * of what its mentions say, so a comparison costs the same however many articles report it.
 */
import type { EventType, Mention } from './types.ts';
import { addToSummary, datesFit, dayNumber, emptySummary, joinsSweep, toldApartFrom, type Summary } from './summary.ts';
import { joinByNames } from './merge-by-name.ts';

export interface Cluster {
  type: EventType;
  mentions: Mention[];
}

/** Whether a report is dated to the one day all the cluster's days are. */
function sameDay(s: Summary, m: Mention): boolean {
  const r = m.date?.range ?? m.contextDate?.range;
  return !!r && r.precision === 'day' && s.dayMin === s.dayMax && s.dayMin === dayNumber(r.start);
}

/** Agreement on a single-valued attribute: every known value equal, or nothing known. */
const agrees = <T>(known: Set<T>, value: T | null) => value === null || known.size === 0 || (known.size === 1 && known.has(value));

function compatible(c: Cluster, s: Summary, m: Mention): boolean {
  if (c.type !== m.type || !datesFit(s, m)) return false;
  if (toldApartFrom(s, m)) return false;
  const sweep = joinsSweep(s, m);
  if (!agrees(s.agentCountries, m.agentCountry) || (!sweep && (!agrees(s.counts, m.count) || !agrees(s.patientCountries, m.patientCountry)))) return false;
  // One person and several people are not one arrest, unless on the very day (a sweep: the ministers, then the Prime Minister).
  if (!sweep && ((m.plural && s.counts.has(1)) || (m.count === 1 && s.plural)) && !sameDay(s, m)) return false;
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
