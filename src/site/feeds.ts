/** The data for people and programs: CSV, iCalendar and oEmbed, built from the contract. */
import { stringify } from 'csv-stringify/sync';
import { createEvents, type EventAttributes } from 'ics';
import type { EventRecord, SourceRecord } from '../extract/schema.ts';
import { embedSnippet } from './share.ts';
import { absolute, paths } from './urls.ts';
import { sourceName } from './view.ts';
import { t, typeLabels } from './strings.fr.ts';

export const CSV_COLUMNS = ['id', 'type', 'title', 'date_start', 'date_end', 'precision', 'derivation', 'country', 'place',
  'agent', 'patient', 'count', 'sources', 'citations', 'url'] as const;

/** One row per event; several sources are joined with "; ". */
export function eventsCsv(events: EventRecord[], site: URL | undefined): string {
  return stringify(events.map((e) => [e.id, e.type, e.title, e.date.start, e.date.end, e.date.precision, e.date.derivation,
    e.country ?? '', e.place ?? '', e.agent ?? '', e.patient ?? '', e.count ?? '', [...new Set(e.citations.map((c) => c.source))].join('; '),
    e.citations.length, absolute(paths.event(e.id), site)]), { header: true, columns: [...CSV_COLUMNS], bom: false, record_delimiter: 'unix' });
}

const parts = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
function nextDay(iso: string): [number, number, number] {
  const [y, m, d] = parts(iso);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * One all-day calendar entry per event, covering its day, month or year, with its sources.
 * DTSTAMP is the newest publication date of the corpus, not the build clock, so that two
 * builds of the same articles are identical.
 */
export function eventsIcs(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined): string {
  const host = new URL(absolute('/', site)).host;
  const newest = [...sources.values()].map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1) ?? '2000-01-01';
  const timestamp = Date.parse(`${newest}T00:00:00Z`);
  const entries: EventAttributes[] = events.map((e) => ({
    uid: `${e.id}@${host}`,
    title: `${typeLabels[e.type]} : ${e.title}`,
    start: parts(e.date.start),
    end: nextDay(e.date.end),
    startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc',
    url: absolute(paths.event(e.id), site),
    location: [e.place, e.country].filter(Boolean).join(', ') || undefined,
    description: e.citations.map((c) => `« ${c.quote} » (${sourceName(sources.get(c.source), c.source)})`).join('\n'),
    categories: [typeLabels[e.type]],
    productId: 'chronologie/ics',
    timestamp,
    calName: t.siteTitle,
  }));
  const { error, value } = createEvents(entries);
  if (error || !value) throw new Error(`iCalendar: ${error?.message ?? 'no output'}`);
  // All-day entries: VALUE=DATE, as calendars expect for events without a time.
  return value.replace(/^(DTSTART|DTEND):(\d{8})$/gm, '$1;VALUE=DATE:$2');
}

/** The oEmbed document of an embeddable page (rich type, with the iframe snippet). */
export function oembed(opts: { title: string; embedPath: string; height: number; site: URL | undefined }) {
  return {
    version: '1.0',
    type: 'rich',
    title: opts.title,
    provider_name: t.siteTitle,
    provider_url: absolute('/', opts.site),
    width: 640,
    height: opts.height,
    html: embedSnippet({ src: absolute(opts.embedPath, opts.site), title: opts.title, height: opts.height, script: absolute(paths.embedScript(), opts.site) }),
  };
}
