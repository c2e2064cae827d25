/** What pages show of events and sources, computed once and kept out of the markup. */
import { fr } from 'date-fns/locale/fr';
import type { EventRecord, SourceRecord } from '../extract/schema.ts';
import { formatEventDate, formatPlain, formatValue } from './format.ts';
import { t, typeLabels, typePlural } from './strings.fr.ts';
import { nameSources, readSource, fileAsName, headline, outletOf } from './source-names.ts';
import { concernedCountries } from './countries.ts';
import { fold } from '../extract/fold.ts';
import type { ChartColumns, SearchColumns, YearDetails } from './timeline-data.ts';

const regions = new Intl.DisplayNames(['fr'], { type: 'region' });
const languages = new Intl.DisplayNames(['fr'], { type: 'language' });
/** A language tag as HTML's `lang` takes it: the article's front matter is untrusted. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A language's French name from its code ("en" -> "anglais"); the code when it has none. */
export function languageName(code: string): string {
  if (!LANGUAGE_TAG.test(code)) return code;
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The language a source is written in: the one its text was recognised in when its front matter
 * said none (`lang` is then the rules it was read with, French for a language without rules).
 */
export const textLang = (source: SourceRecord) => source.langDetected?.lang ?? source.lang;

/**
 * The `lang` of a source's quotes on a French page: its language when it is another one, so
 * that a screen reader reads an English quote in English; nothing for French or an unknown tag.
 */
export function quoteLang(source: SourceRecord | undefined): string | undefined {
  const lang = source && textLang(source);
  return lang && LANGUAGE_TAG.test(lang) && lang.toLowerCase().split('-')[0] !== 'fr' ? lang : undefined;
}

/** A country's French name from its ISO code. */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The event's date in words, at its precision. */
export const eventDate = (e: EventRecord, short = false) => formatEventDate(e.date, fr, short);

/** A date value ("2025-08-14", "2025-08") in words. */
export const valueDate = (value: string) => formatValue(value, fr);

let names = new Map<string, string>();
let namedKey = '';

/** Names every source once per build (see source-names.ts). */
export function registerSources(list: SourceRecord[]): void {
  const key = JSON.stringify(list.map((s) => [s.id, s.title, s.outlet, s.url, s.published]));
  if (key === namedKey) return;
  namedKey = key;
  names = nameSources(list, readSource, (iso) => formatPlain(iso, fr));
}

/** How a source is named for readers: outlet and title, derived when missing, never its file id. */
export function sourceName(s: SourceRecord | undefined, id: string): string {
  return names.get(id) ?? (s?.title ?? s?.outlet ?? fileAsName(id));
}

/** A source's title and outlet as its page states them, saying which were derived and from what. */
export function sourceFacts(s: SourceRecord): { title: string; outlet: string } {
  let first: string | null = null;
  try { first = s.title ? null : headline(readSource(s)); } catch { /* unreadable: unknown */ }
  const outlet = outletOf(s);
  return {
    title: s.title ?? (first ? `${first} (${t.derivedTitle})` : t.unknownTitle),
    outlet: s.outlet ?? (outlet ? `${outlet} (${t.derivedOutlet})` : t.unknown),
  };
}

/** An event's search text, folded as the query is: title, place, countries, participants, quotes. */
export function searchText(e: EventRecord): string {
  const countries = concernedCountries(e).map((c) => countryName(c));
  return fold([e.title, e.place, ...countries, e.agent, e.patient, ...e.citations.map((c) => c.quote)].filter(Boolean).join(' '));
}

/** One line about a source: outlet, publication date. */
export function sourceLine(s: SourceRecord | undefined): string {
  if (!s) return '';
  const parts = [s.outlet, s.published ? valueDate(s.published) + (s.publishedDerivation === 'inferred' ? ' (inférée)' : '') : null];
  return parts.filter(Boolean).join(' · ');
}

/** The conflicts of an event in plain French. */
export function conflictSentences(e: EventRecord, sources: Map<string, SourceRecord>): string[] {
  return e.conflicts.map((c) => {
    const values = c.values.map((v) => `${valueDate(v.value)} (${v.sources.map((s) => sourceName(sources.get(s), s)).join(', ')})`);
    const coarser = c.values.some((v) => v.value.length > e.date.start.slice(0, { day: 10, month: 7, year: 4 }[e.date.precision]).length);
    return `${t.conflictDate} ${values.join(' ; ')}. ${(coarser ? t.keptCoarser : t.keptDate)(eventDate(e))}`;
  });
}

/** `/frise.json`: the chart's columns (see timeline-data.ts). */
export function chartColumns(events: EventRecord[]): ChartColumns {
  const countryNames: Record<string, string> = {};
  for (const e of events) if (e.country) countryNames[e.country] = countryName(e.country)!;
  return {
    typeLabels, typePlural, countryNames,
    id: events.map((e) => e.id), type: events.map((e) => e.type), start: events.map((e) => e.date.start),
    end: events.map((e) => (e.date.end === e.date.start ? '' : e.date.end)), precision: events.map((e) => e.date.precision[0]).join(''),
    title: events.map((e) => e.title), date: events.map((e) => eventDate(e)), place: events.map((e) => e.place ?? ''),
    country: events.map((e) => e.country ?? ''), countries: events.map((e) => concernedCountries(e).join(' ')),
    sources: events.map((e) => new Set(e.citations.map((c) => c.source)).size),
  };
}

/** `/annees/<year>.json`: who and the citations of one year's events. */
export function yearDetails(events: EventRecord[], sources: Map<string, SourceRecord>): YearDetails {
  const names: Record<string, string> = {};
  const langs: Record<string, string> = {};
  for (const e of events) for (const c of e.citations) {
    names[c.source] ??= sourceName(sources.get(c.source), c.source);
    const lang = quoteLang(sources.get(c.source));
    if (lang) langs[c.source] = lang;
  }
  return { names, ...(Object.keys(langs).length ? { langs } : {}), events: Object.fromEntries(events.map((e) => [e.id, { agent: e.agent, patient: e.patient, citations: e.citations.map((c) => [c.source, c.quote] as [string, string]) }])) };
}

/** `/recherche.json`: every event's search text and sources. */
export function searchColumns(events: EventRecord[]): SearchColumns {
  return { id: events.map((e) => e.id), text: events.map(searchText), sources: events.map((e) => [...new Set(e.citations.map((c) => c.source))].join('/')) };
}

/** Up to this many events, `/` and `/embed/` list them all; beyond, the list is one page a year. */
export const LIST_LIMIT = 300;
/** Up to this many sources, the toolbar has a menu of them (the filter works from the URL beyond). */
export const SOURCE_MENU_LIMIT = 300;

/** Events by the year they start in, in order. */
export const byYear = (events: EventRecord[]) => [...Map.groupBy(events, (e) => e.date.start.slice(0, 4))];

/** JSON that is safe inside a <script> element: no "</script>", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const visible = (name: string) => name.replace(/\p{Cc}/gu, '\uFFFD');

/**
 * The file name a reader sees: the last part of its path, without the folders of the
 * machine that built the site (`../x/y.md` reads `y.md`). Control characters (a newline
 * in a name) show as the replacement sign.
 */
export function fileName(file: string): string {
  return visible(file.split('/').filter(Boolean).at(-1) ?? file);
}

/**
 * A source's file name: its id (the name as read, which may hold a backslash) with the
 * extension of its file, never the folders it was read from.
 */
export function sourceFileName(s: Pick<SourceRecord, 'id' | 'file'>): string {
  const ext = /\.[^./]*$/.exec(fileName(s.file))?.[0] ?? '';
  return visible(s.id) + ext;
}

/** The paths among a list of files, by folder (computed once a list: the report asks for every warning). */
const foldersOf = new WeakMap<string[], Map<string, string[]>>();

/** A message with every path among `files` replaced by its file name (reasons name other files: `same text as ../x/y.md`). */
export function withoutFolders(text: string, files: string[]): string {
  let folders = foldersOf.get(files);
  if (!folders) {
    folders = new Map();
    for (const file of new Set(files)) if (file.includes('/')) {
      const dir = file.slice(0, file.lastIndexOf('/'));
      if (!folders.has(dir)) folders.set(dir, []);
      folders.get(dir)!.push(file);
    }
    foldersOf.set(files, folders);
  }
  // Only the paths of folders the message names, longest first (most messages name none).
  const candidates = [...folders].filter(([dir]) => text.includes(dir)).flatMap(([, list]) => list).sort((a, b) => b.length - a.length);
  let out = text;
  for (const file of candidates) out = out.split(file).join(fileName(file));
  return out;
}
