/**
 * The whole extraction over a corpus: articles in, the event contract out.
 * Pure: no file system, no clock. The same articles give the same output, in any order.
 */
import type { Locale } from './locale.ts';
import type { Article, Mention } from './types.ts';
import type { Contract, EventRecord, SourceRecord } from './schema.ts';
import { type PreparedArticle, prepareArticle, mentionsOf, type PublicationContext } from './article.ts';
import { type Cluster, mergeMentions } from './merge.ts';
import { decideDate, keyAt } from './dates.ts';
import { inferPublications, type InferredPublication } from './publication.ts';
import { countryOf, eventSlug, eventTitle, patientOf, vote } from './describe.ts';
import { gazetteer } from './gazetteer.ts';
import { ownReference, type OwnReference } from './reference.ts';
import { weekdayWindow } from './weekday-fit.ts';
import { assignIds, type PublishedIds } from './ids.ts';

/** Rounds of publication inference: each can date articles that the previous one made datable. */
const MAX_ROUNDS = 6;

export interface ExtractOptions {
  /** The locale for each article's language; `fallback` for the rest. */
  locales: Record<string, Locale>;
  fallback: string;
  /** Ids already published, with what they were published for: they keep their events. */
  published?: PublishedIds;
}

function localeFor(article: Article, options: ExtractOptions): Locale {
  const lang = article.meta.lang ?? options.fallback;
  // Own keys only: "constructor" or "__proto__" as a language must not find an object's inherited members.
  if (Object.hasOwn(options.locales, lang)) return options.locales[lang]!;
  if (!article.warnings.some((w) => w.startsWith('language'))) {
    article.warnings.push(`language "${lang}" has no rules: read with "${options.fallback}" rules`);
  }
  return options.locales[options.fallback]!;
}

interface Built {
  clusters: Cluster[];
  events: { cluster: Cluster; event: EventRecord }[];
}

/** Turns clusters into events; clusters without a full date are not events (a timeline needs a date). */
function buildEvents(clusters: Cluster[], localeOf: (source: string) => Locale, publishedOf: (source: string) => string | null,
  textOf: (source: string) => string): Built {
  const events: { cluster: Cluster; event: EventRecord }[] = [];
  for (const cluster of clusters) {
    const date = decideDate(cluster.mentions);
    if (!date) continue;
    const locale = localeOf(cluster.mentions[0]!.source);
    const g = gazetteer(locale);
    const ms = cluster.mentions;
    const count = vote(ms, (m) => m.count);
    const countryCode = countryOf(ms);
    const agentCode = vote(ms, (m) => m.agentCountry) ?? (cluster.type === 'expulsion' ? countryCode : null);
    const patientCode = vote(ms, (m) => m.patientCountry);
    const place = vote(ms, (m) => (m.countries[0] === countryCode || !countryCode ? m.place : null));
    const naming = {
      type: cluster.type, date,
      country: countryCode ? g.byCode.get(countryCode) ?? null : null,
      agent: agentCode ? g.byCode.get(agentCode) ?? null : null,
      patientCountry: patientCode ? g.byCode.get(patientCode) ?? null : null,
      patient: cluster.type === 'coup' ? null : patientOf(ms, count),
      place,
    };
    const citations = citationsOf(ms, date, publishedOf, textOf);
    events.push({
      cluster,
      event: {
        id: eventSlug(naming),
        type: cluster.type,
        title: eventTitle(naming, locale),
        date: { start: date.start, end: date.end, precision: date.precision, derivation: date.derivation },
        country: countryCode,
        place,
        agent: naming.agent?.name ?? null,
        patient: naming.patient,
        count,
        citations,
        conflicts: date.conflict ? [{ field: 'date', values: date.conflict.map((v) => ({ value: v.value, sources: v.sources })) }] : [],
      },
    });
  }
  return { clusters, events };
}

/** One citation per source: its sentence that best states the event, quoted from the file as read. */
function citationsOf(mentions: Mention[], date: { start: string; precision: 'day' | 'month' | 'year' }, publishedOf: (s: string) => string | null,
  textOf: (source: string) => string) {
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = bySource.get(m.source);
    if (list) list.push(m); else bySource.set(m.source, [m]);
  }
  const wanted = keyAt({ start: date.start, end: date.start, precision: 'day' }, date.precision);
  const score = (m: Mention) => (m.date?.range && keyAt(m.date.range, date.precision) === wanted ? 8 : 0)
    + (m.date ? 4 : 0) + (m.count !== null ? 2 : 0) + (m.patient ? 1 : 0) + (m.place ? 1 : 0);
  return [...bySource.entries()]
    .map(([, ms]) => ms.slice().sort((a, b) => score(b) - score(a) || a.order - b.order)[0]!)
    .sort((a, b) => {
      const pa = publishedOf(a.source) ?? '9999', pb = publishedOf(b.source) ?? '9999';
      return pa < pb ? -1 : pa > pb ? 1 : a.source < b.source ? -1 : 1;
    })
    .map((m) => ({ source: m.source, quote: textOf(m.source).slice(m.sentence.start, m.sentence.end), start: m.sentence.start, end: m.sentence.end, dateText: m.date?.text ?? null }));
}

/** Extracts, merges and describes the events of a corpus. */
export function extractCorpus(input: Article[], options: ExtractOptions): Contract {
  const problems: Contract['problems'] = [];
  const articles = dedupe([...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), problems);
  const locales = new Map(articles.map((a) => [a.id, localeFor(a, options)]));
  const localeOf = (id: string) => locales.get(id)!;
  // Prepared articles are kept only while they may be read again: an article that states its
  // date is read once, so its folded text and sentences can go (less memory, less garbage collection).
  const prepared = new Map<string, PreparedArticle>();
  const prepare = (a: Article) => {
    let p = prepared.get(a.id);
    if (!p) prepared.set(a.id, (p = prepareArticle(a, localeOf(a.id))));
    return p;
  };
  // Articles that state no date: first what each says of itself, then what the corpus says.
  const corpusYear = articles.reduce<number | null>((y, a) => (a.meta.published ? Math.max(y ?? 0, Number(a.meta.published.slice(0, 4))) : y), null);
  const own = new Map<string, OwnReference>();
  for (const a of articles) {
    if (a.meta.published) continue;
    const r = guarded(a, () => ownReference(a, prepare(a), localeOf(a.id), corpusYear), null);
    if (r) own.set(a.id, r);
  }
  const selfDated = new Map([...own].flatMap(([id, r]) => (r.definitive ? [[id, r.definitive] as const] : [])));
  const unknown = new Set([...own.keys()].filter((id) => !selfDated.has(id)));
  const cache = new Map<string, Mention[]>();
  const mentionsFor = (a: Article, pub: PublicationContext) => {
    const key = `${a.id}\u0000${pub.published}\u0000${pub.yearAnchor}`;
    if (!cache.has(key)) {
      cache.set(key, guarded(a, () => mentionsOf(prepare(a), localeOf(a.id), pub), []));
      if (a.meta.published) prepared.delete(a.id);
    }
    return cache.get(key)!;
  };
  let inferred = new Map<string, InferredPublication>();
  const contextOf = (a: Article): PublicationContext => {
    if (a.meta.published) return { published: a.meta.published, derivation: 'stated', yearAnchor: null };
    const self = selfDated.get(a.id);
    if (self) return { published: self.date, derivation: 'stated', yearAnchor: null };
    const inf = inferred.get(a.id);
    return { published: inf?.published ?? null, derivation: 'inferred-from-corpus', yearAnchor: inf?.yearAnchor ?? null,
      weekdayWindow: weekdayWindow(own.get(a.id)?.latestYear ?? null, corpusYear) };
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const publishedOf = (id: string) => contextOf(byId.get(id)!).published;
  let built!: Built;
  let mentions: Mention[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    mentions = articles.flatMap((a) => mentionsFor(a, contextOf(a)));
    built = buildEvents(mergeMentions(mentions), localeOf, publishedOf, (id) => byId.get(id)!.text);
    if (unknown.size === 0) break;
    const ids = finalIds(built, options.published);
    const clusterIds = new Map(built.events.map((e) => [e.cluster, ids.get(e.event)!] as const));
    // Evidence accumulates from round to round, so the dates only move forward and the rounds settle.
    const next = accumulate(inferred, inferPublications(built.clusters, unknown, clusterIds, own));
    const same = [...unknown].every((id) => JSON.stringify(next.get(id)) === JSON.stringify(inferred.get(id)));
    inferred = next;
    if (same) break;
  }
  const ids = finalIds(built, options.published);
  for (const { event } of built.events) event.id = ids.get(event)!;
  const finalIdSet = new Set(ids.values());
  const cited = new Set(built.events.flatMap((e) => e.event.citations.map((c) => c.source)));
  const sources: SourceRecord[] = articles.map((a) => {
    const self = selfDated.get(a.id);
    const inf = self ? { published: self.date, evidence: [self] } : inferred.get(a.id);
    return {
      id: a.id, file: a.file, title: a.meta.title, outlet: a.meta.outlet, url: a.meta.url,
      published: a.meta.published ?? inf?.published ?? null,
      publishedDerivation: a.meta.published ? 'stated' : inf?.published ? 'inferred' : null,
      // Evidence gathered in an earlier round may name an event the last round did not keep.
      publishedEvidence: a.meta.published ? [] : (inf?.evidence ?? []).map((e) => (e.event && !finalIdSet.has(e.event) ? { ...e, event: null } : e)),
      lang: a.meta.lang ?? localeOf(a.id).lang,
      warnings: [...a.warnings, ...(cited.has(a.id) ? [] : [unplacedWarning(mentions.filter((m) => m.source === a.id), contextOf(a).published)])],
    };
  });
  const events = built.events.map((e) => e.event).sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { generatedFrom: input.length, sources, events, problems };
}

/** Each article's evidence of both rounds; the publication is the latest date it gives. */
function accumulate(previous: Map<string, InferredPublication>, next: Map<string, InferredPublication>): Map<string, InferredPublication> {
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

/** Why an article gives no event: it reports none, or what it reports could not be placed in time. */
function unplacedWarning(mentions: Mention[], published: string | null): string {
  const sentences = new Set(mentions.map((m) => m.sentence.start)).size;
  if (sentences === 0) return 'no event found in this article';
  const found = `${sentences} report${sentences > 1 ? 's' : ''} of an event found but not placed in time`;
  return published
    ? `${found}: no date in ${sentences > 1 ? 'their sentences' : 'its sentence'} or context, and no other article dates ${sentences > 1 ? 'them' : 'it'}`
    : `${found}: no publication date and no date with a year in the text; add \`published:\` to the front matter`;
}

/** The ids of a round's events (their slugs until now), published ones kept. */
function finalIds(built: Built, published: PublishedIds = new Map()): Map<EventRecord, string> {
  return assignIds(built.events.map((e) => e.event), published);
}

/**
 * Runs one article's step; an exception there is that article's problem, not the run's: it
 * becomes a warning naming the reason, and the article gives what it can (here, nothing).
 */
function guarded<T>(article: Article, step: () => T, fallback: T): T {
  try {
    return step();
  } catch (error) {
    const reason = `could not be read to the end (${(error as Error).message}): its events are left out`;
    if (!article.warnings.includes(reason)) article.warnings.push(reason);
    return fallback;
  }
}

/** How much an article says of itself: a copy with less cannot take over its attribution. */
const metadataWeight = (a: Article) => [a.meta.published, a.meta.url, a.meta.outlet, a.meta.title].filter((v) => v !== null).length;

/**
 * The same text twice is one source: the copy with the most front matter (date, address,
 * outlet, title) is kept, the first by id among equals; the others are reported.
 */
function dedupe(articles: Article[], problems: Contract['problems']): Article[] {
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    const key = a.text.slice(a.bodyStart).replace(/\s+/g, ' ').trim();
    const list = groups.get(key);
    if (list && key !== '') list.push(a); else groups.set(key || `\u0000${a.id}`, [a]);
  }
  const dropped = new Set<Article>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept = group.reduce((best, a) => (metadataWeight(a) > metadataWeight(best) ? a : best));
    for (const a of group) {
      if (a === kept) continue;
      dropped.add(a);
      const why = metadataWeight(kept) > metadataWeight(a) ? ' (its front matter says more)' : '';
      problems.push({ file: a.file, reason: `same text as ${kept.file}: counted once, as ${kept.id}${why}` });
    }
  }
  return articles.filter((a) => !dropped.has(a));
}
