/**
 * A second pass over clusters: reports of one event that the first pass kept apart (an outlet
 * placed it by where its source spoke; another dated it by a weekday) are joined when they
 * name the same person and their dates and counts fit.
 */
import type { Cluster } from './merge.ts';
import { addToSummary, toldApart, type Summary } from './summary.ts';
import { DAY_TOLERANCE } from './dates.ts';

/** How many name words two reports must share to name the same person in full. */
const FULL_NAME = 2;

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
export function joinByNames(clusters: Cluster[], summaries: Map<Cluster, Summary>): Cluster[] {
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
      // A full name in both ("Ali Ben Salah") ties them even when one outlet counts the whole group and another one person of it.
      const fullName = [...sa.names].filter((n) => sb.names.has(n)).length >= FULL_NAME;
      const counts = fullName || ((sa.counts.size === 0 || sb.counts.size === 0 || [...sa.counts].some((n) => sb.counts.has(n)))
        && !(sa.plural && sb.counts.has(1)) && !(sb.plural && sa.counts.has(1)));
      if (!counts || !summariesFit(sa, sb) || toldApart(sa, sb)) continue;
      a.mentions.push(...b.mentions);
      for (const m of b.mentions) addToSummary(sa, m);
      into.set(b, a);
    }
  }
  return clusters.filter((c) => !into.has(c));
}
