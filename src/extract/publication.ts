/**
 * Publication date inference for articles that do not state one: the article was
 * published on or after every day-precise date it reports, whether it dates the event
 * itself or another article does. Never the clock.
 */
import type { PublishedEvidence } from './schema.ts';
import type { Cluster } from './merge.ts';
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { decideDate } from './dates.ts';
import type { OwnReference } from './reference.ts';

export interface InferredPublication {
  published: string | null;
  yearAnchor: number | null;
  evidence: PublishedEvidence[];
}

/** Infers a publication date for each article in `unknown` from the clusters of the last merge. */
export function inferPublications(clusters: Cluster[], unknown: Set<string>, eventIds: Map<Cluster, string | null>,
  own: Map<string, OwnReference> = new Map()): Map<string, InferredPublication> {
  const evidence = new Map<string, PublishedEvidence[]>();
  const years = new Map<string, number>();
  const add = (source: string, e: PublishedEvidence) => {
    const list = evidence.get(source) ?? [];
    if (!list.some((x) => x.date === e.date && x.source === e.source && x.text === e.text)) list.push(e);
    evidence.set(source, list);
  };
  for (const source of unknown) for (const e of own.get(source)?.lowerBounds ?? []) add(source, e);
  for (const cluster of clusters) {
    const sources = new Set(cluster.mentions.map((m) => m.source).filter((s) => unknown.has(s)));
    for (const source of sources) {
      const own = cluster.mentions.filter((m) => m.source === source);
      const others = cluster.mentions.filter((m) => m.source !== source);
      const text = own.find((m) => m.date)?.date?.text ?? null;
      for (const m of own) {
        if (m.date?.range?.precision === 'day' && m.date.derivation === 'stated') {
          add(source, { kind: 'own-date', date: m.date.range.start, source: null, event: null, text: m.date.text });
        }
      }
      const date = decideDate(others);
      if (!date) continue;
      years.set(source, Math.max(years.get(source) ?? 0, Number(date.start.slice(0, 4))));
      if (date.precision !== 'day') continue;
      const by = others.find((m) => m.date?.range?.start === date.start)?.source ?? null;
      // "hier" of an event another article dates to D: this article was published on D + 1.
      const after = own.reduce((d, m) => Math.max(d, m.date?.daysBeforePublication ?? 0), 0);
      const day = after ? formatISO(addDays(parseISO(date.start), after), { representation: 'date' }) : date.start;
      add(source, { kind: 'corpus-event', date: day, source: by, event: eventIds.get(cluster) ?? null, text });
    }
  }
  const out = new Map<string, InferredPublication>();
  for (const source of unknown) {
    const items = (evidence.get(source) ?? []).sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : (a.source ?? '') < (b.source ?? '') ? -1 : 1));
    const published = items[0]?.date ?? null;
    const yearAnchor = published ? Number(published.slice(0, 4)) : years.get(source) ?? own.get(source)?.latestYear ?? null;
    out.set(source, { published, yearAnchor, evidence: items });
  }
  return out;
}

/** Each article's evidence of both rounds; the publication is the latest date it gives. */
export function accumulate(previous: Map<string, InferredPublication>, next: Map<string, InferredPublication>): Map<string, InferredPublication> {
  const out = new Map<string, InferredPublication>();
  for (const [id, n] of next) {
    const p = previous.get(id);
    const seen = new Set<string>();
    const evidence = [...(p?.evidence ?? []), ...n.evidence]
      .filter((e) => { const k = JSON.stringify(e); return seen.has(k) ? false : (seen.add(k), true); })
      .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const published = evidence[0]?.date ?? null;
    out.set(id, { published, yearAnchor: published ? Number(published.slice(0, 4)) : n.yearAnchor ?? p?.yearAnchor ?? null, evidence });
  }
  return out;
}
