/**
 * Describing events: a cluster with a date becomes an event with its title, slug, date,
 * place, participants, citations (one per article, its best sentence) and conflicts.
 */
import type { Locale } from './locale.ts';
import { eventType, type Mention } from './types.ts';
import type { EventRecord } from './schema.ts';
import type { Cluster } from './merge.ts';
import { decideDate, keyAt } from './dates.ts';
import { countryOf, eventSlug, eventTitle, patientOf, vote } from './describe.ts';
import { gazetteer } from './gazetteer.ts';

export interface Built {
  clusters: Cluster[];
  events: { cluster: Cluster; event: EventRecord }[];
}

/** The language events are written in, and the language each source was read in. */
export interface Languages {
  output: Locale;
  readIn: (source: string) => Locale;
}

/**
 * Who the event happened to, in the output language: the phrase its sources in that language
 * use most; for an event reported only in other languages, a description built from the
 * count alone (their words do not belong in a title in another language).
 */
function patientIn(ms: Mention[], count: number | null, languages: Languages): string | null {
  const own = ms.filter((m) => languages.readIn(m.source).lang === languages.output.lang);
  return own.length ? patientOf(own, count) : languages.output.titles.people(count);
}

/** Turns clusters into events; clusters without a full date are not events (a timeline needs a date). */
export function buildEvents(clusters: Cluster[], languages: Languages, publishedOf: (source: string) => string | null,
  textOf: (source: string) => string): Built {
  const events: { cluster: Cluster; event: EventRecord }[] = [];
  const locale = languages.output;
  const g = gazetteer(locale);
  for (const cluster of clusters) {
    const date = decideDate(cluster.mentions);
    if (!date) continue;
    const ms = cluster.mentions;
    const count = vote(ms, (m) => m.count);
    const countryCode = countryOf(ms);
    const { roles, defaultAgent } = eventType(cluster.type);
    const agentCode = vote(ms, (m) => m.agentCountry) ?? (defaultAgent === 'country' ? countryCode : null);
    const patientCode = vote(ms, (m) => m.patientCountry);
    const place = vote(ms, (m) => (m.countries[0] === countryCode || !countryCode ? m.place : null));
    const naming = {
      type: cluster.type, date,
      country: countryCode ? g.byCode.get(countryCode) ?? null : null,
      agent: agentCode ? g.byCode.get(agentCode) ?? null : null,
      patientCountry: patientCode ? g.byCode.get(patientCode) ?? null : null,
      patient: !roles.patient ? null : patientIn(ms, count, languages),
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

