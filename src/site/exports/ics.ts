/**
 * events.ics: one all-day entry per event dated to the day. An event known only to the
 * month or the year would be a 31- or 366-day banner across a calendar: it is left out, and
 * the calendar's description says so.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { EventRecord, SourceRecord } from '../../extract/schema.ts';
import { absolute, paths } from '../urls.ts';
import { countryName, sourceName } from '../view.ts';
import { t, typeLabels } from '../strings.fr.ts';
import { stripControl } from './cells.ts';

const parts = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
function nextDay(iso: string): [number, number, number] {
  const [y, m, d] = parts(iso);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** Folds a content line at 75 octets, as RFC 5545 asks (continuation lines start with a space). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '', octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length ? 74 : 75)) { out.push(current); current = ''; octets = 0; }
    current += char;
    octets += size;
  }
  return [...out, current].join('\r\n ');
}

/** A TEXT value: backslashes, commas and semicolons escaped (RFC 5545, 3.3.11). */
const icsText = (s: string) => stripControl(s).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/**
 * The calendar's text. DTSTAMP is the newest publication date of the corpus, not the build
 * clock, so that two builds of the same articles are identical.
 */
export function eventsIcs(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined): string {
  const host = new URL(absolute('/', site)).host;
  const newest = [...sources.values()].map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1) ?? '2000-01-01';
  const timestamp = Date.parse(`${newest}T00:00:00Z`);
  const entries: EventAttributes[] = events.filter((e) => e.date.precision === 'day').map((e) => ({
    uid: `${e.id}@${host}`,
    title: stripControl(e.title),
    start: parts(e.date.start),
    end: nextDay(e.date.start),
    startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc',
    url: absolute(paths.event(e.id), site),
    location: stripControl([e.place, countryName(e.country)].filter(Boolean).join(', ')) || undefined,
    description: stripControl([`${typeLabels[e.type]}.`, ...e.citations.map((c) => `« ${c.quote} » (${sourceName(sources.get(c.source), c.source)})`)].join('\n')),
    categories: [typeLabels[e.type]],
    productId: 'chronologie/ics',
    timestamp,
    calName: t.siteTitle,
  }));
  const { error, value } = createEvents(entries);
  if (error || !value) throw new Error(`iCalendar: ${error?.message ?? 'no output'}`);
  const description = fold(`X-WR-CALDESC:${icsText(t.calendarDescription)}`);
  // All-day entries: VALUE=DATE, as calendars expect for events without a time.
  return value.replace(/^(DTSTART|DTEND):(\d{8})$/gm, '$1;VALUE=DATE:$2')
    .replace(/^(X-WR-CALNAME:.*)$/m, (line) => `${line}\r\n${description}`);
}
