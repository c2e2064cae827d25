/**
 * Merging: mentions of the same real-world event, across articles, become one cluster.
 * Mentions are blocked by type and year, so each is compared only with clusters of its
 * type in a nearby period, never with every other mention.
 */
import type { EventType, Mention } from './types.ts';
import { datesCompatible, sameDate } from './dates.ts';

export interface Cluster {
  type: EventType;
  mentions: Mention[];
}

/** Agreement on a single-valued attribute: every known value equal, or nothing known. */
function agrees<T>(cluster: Cluster, m: Mention, pick: (m: Mention) => T | null): boolean {
  const value = pick(m);
  return value === null || cluster.mentions.every((o) => pick(o) === null || pick(o) === value);
}

function countriesAgree(cluster: Cluster, m: Mention): boolean {
  if (m.countries.length === 0) return true;
  const strong = cluster.mentions.filter((o) => o.countryStrength === 'strong').map((o) => o.countries[0]);
  if (m.countryStrength === 'strong' && strong.some((c) => c !== m.countries[0])) return false;
  const known = cluster.mentions.flatMap((o) => o.countries);
  return known.length === 0 || m.countries.some((c) => known.includes(c));
}

/** Whether a mention can belong to a cluster. */
function compatible(cluster: Cluster, m: Mention): boolean {
  return cluster.type === m.type
    && cluster.mentions.every((o) => datesCompatible(o, m))
    && agrees(cluster, m, (x) => x.count)
    && agrees(cluster, m, (x) => x.patientCountry)
    && agrees(cluster, m, (x) => x.agentCountry)
    && countriesAgree(cluster, m);
}

/** How much positive evidence ties a mention to a cluster (beyond not contradicting it). */
function affinity(cluster: Cluster, m: Mention): number {
  const shares = (pick: (x: Mention) => string | number | null) =>
    pick(m) !== null && cluster.mentions.some((o) => pick(o) === pick(m)) ? 1 : 0;
  return 2 * shares((x) => x.count)
    + shares((x) => x.patientCountry)
    + shares((x) => x.agentCountry)
    + shares((x) => x.place)
    + shares((x) => (x.countryStrength === 'strong' ? x.countries[0] ?? null : null))
    + (cluster.mentions.some((o) => sameDate(o, m)) ? 1 : 0)
    + (cluster.mentions.some((o) => o.source === m.source) ? 1 : 0);
}

/** The year blocks a mention may fall in. */
function blocks(m: Mention): string[] {
  const r = m.date?.range;
  if (!r) return [`${m.type}:partial`];
  const from = Number(r.start.slice(0, 4)), to = Number(r.end.slice(0, 4));
  const keys: string[] = [];
  for (let y = from - 1; y <= to + 1; y++) keys.push(`${m.type}:${y}`);
  return keys;
}

const byDate = (a: Mention, b: Mention) => {
  const ka = a.date?.range?.start ?? '9999', kb = b.date?.range?.start ?? '9999';
  const pa = a.date?.range?.precision === 'day' ? 0 : 1, pb = b.date?.range?.precision === 'day' ? 0 : 1;
  return ka < kb ? -1 : ka > kb ? 1 : pa - pb || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.order - b.order);
};

/**
 * Groups mentions into clusters. Dated mentions found or join clusters; a mention with
 * only a month and day joins the best match of its type; an undated one joins the single
 * best-matching cluster when something positive ties it there, and is dropped otherwise.
 */
export function mergeMentions(mentions: Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  const place = (c: Cluster, m: Mention) => {
    c.mentions.push(m);
    for (const key of blocks(m)) {
      const list = index.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      index.set(key, list);
    }
  };
  const best = (candidates: Iterable<Cluster>, m: Mention, needEvidence: boolean): Cluster | null => {
    let top: Cluster | null = null, topScore = -1, tie = false;
    for (const c of candidates) {
      if (!compatible(c, m)) continue;
      const score = affinity(c, m);
      if (score > topScore) { top = c; topScore = score; tie = false; } else if (score === topScore) tie = true;
    }
    if (needEvidence && (tie || topScore < 1)) return null;
    return top;
  };
  const ranged = mentions.filter((m) => m.date?.range).sort(byDate);
  const partial = mentions.filter((m) => !m.date?.range && m.date?.partial).sort(byDate);
  const undated = mentions.filter((m) => !m.date).sort(byDate);
  for (const m of ranged) {
    const candidates = new Set(blocks(m).flatMap((k) => index.get(k) ?? []));
    const target = best(candidates, m, false);
    const chosen = target && (affinity(target, m) > 0 || m.date?.range?.precision !== 'day') ? target : null;
    if (chosen) place(chosen, m);
    else { const c: Cluster = { type: m.type, mentions: [] }; clusters.push(c); place(c, m); }
  }
  for (const m of partial) {
    const target = best(clusters.filter((c) => c.type === m.type), m, false);
    if (target) place(target, m);
    else { const c: Cluster = { type: m.type, mentions: [] }; clusters.push(c); place(c, m); }
  }
  for (const m of undated) {
    const target = best(clusters.filter((c) => c.type === m.type), m, true);
    if (target) place(target, m);
  }
  return clusters;
}
