/**
 * An article's reference date from its own text and address, when it states none: a
 * publication line ("Publié le …"), a date in its URL, a dateline, a deictic full date
 * ("ce dimanche 5 septembre 2021"); failing those, the latest day it reports is a lower
 * bound, and the latest year it names anchors partial dates. Never the clock.
 */
import type { Locale } from './locale.ts';
import type { PublishedEvidence } from './schema.ts';
import type { Article, Span, TimexValue } from './types.ts';
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import type { PreparedArticle } from './article.ts';
import { findTimexes } from './timex.ts';
import { fold } from './fold.ts';
import { matchAll } from './patterns.ts';
import { rangeOf } from './resolve.ts';
import { weekdayWindow, yearFittingWeekday, type YearWindow } from './weekday-fit.ts';

export interface OwnReference {
  /** A date the article was written on, read from itself; the rest of the corpus cannot change it. */
  definitive: PublishedEvidence | null;
  /** Days the article reports: it was written on or after the latest. */
  lowerBounds: PublishedEvidence[];
  /** The latest year the article names, to complete partial dates with. */
  latestYear: number | null;
}

const evidence = (kind: PublishedEvidence['kind'], date: string, text: string): PublishedEvidence =>
  ({ kind, date, source: null, event: null, text });

/** A full day as an ISO date, or null (no year, no day, or no such day). */
function dayIn(v: TimexValue, window: YearWindow | null): string | null {
  if (v.kind !== 'calendar' || v.day === undefined || v.month === undefined) return null;
  const year = v.year ?? (v.weekday !== undefined && window ? yearFittingWeekday({ ...v, weekday: v.weekday }, window) : null);
  if (year === null || year === undefined) return null;
  const r = rangeOf(year, v.month, v.day);
  return r?.precision === 'day' ? r.start : null;
}

/**
 * Dates in an address: /2022/01/24/, /2006-09/20/, 20210313-…, …_AN-202308310548.html.
 * Digits glued to more digits are accepted (timestamps, ids that begin with the date).
 */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /(?<![0-9])((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?![0-9])/,
    /(?<![0-9])((?:19|20)\d\d)([01]\d)([0-3]\d)(?=[0-9]{0,12}(?![0-9]))/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const r = rangeOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (r?.precision === 'day') return r.start;
  }
  return null;
}

/** The line around an offset, as a span. */
function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end === -1 ? text.length : end };
}

/** How far after a publication cue its date may begin, in characters. */
const CUE_REACH = 24;
/** How many lines at the top of the body may hold a dateline. */
const DATELINE_LINES = 4;
/** How many paragraphs at the top of the body may open with an agency's dateline. */
const AGENCY_DATELINE_PARAGRAPHS = 4;
/** What stands before an agency's date: a city in capitals or title case, and a comma ("ISLAMABAD, ", "Niamey, "). */
const AGENCY_CITY = /^[\p{Lu}][\p{L}\p{M} .'’-]{1,30}, ?$/u;
/** What follows an agency's date: the agency in brackets, or a dash or colon ("(Reuters) -", " (AFP) –", " — "). */
const AGENCY_MARK = /^,? ?(?:\([^()\n]{2,20}\) ?)?[-–—:]|^,? ?\([^()\n]{2,20}\)/;
/** A dateline is a short line: the date and little else (a time, a place, a byline). */
const DATELINE_LENGTH = 60;

/** What the article says of its own date. `corpusYear` anchors weekday-only fits when the text names no year. */
export function ownReference(article: Article, prepared: PreparedArticle, locale: Locale, corpusYear: number | null): OwnReference {
  const text = prepared.article.text;
  const folded = prepared.folded;
  const body = { start: article.bodyStart, end: text.length };
  const all = findTimexes(text, folded, body.start, body.end, locale);
  const years = all.flatMap((t) => t.values).flatMap((v) => (v.kind === 'calendar' && v.year !== undefined ? [v.year] : []));
  const latestYear = years.length ? years.reduce((a, b) => Math.max(a, b)) : null;
  const window = weekdayWindow(latestYear, corpusYear);
  const dayOf = (v: TimexValue) => dayIn(v, window);

  // A publication or update line anywhere in the file (it may sit in boilerplate the sentences skip).
  for (const cue of locale.publicationLines) {
    for (const m of matchAll(cue, locale.subPatterns, folded.slice(body.start))) {
      const at = body.start + m.index;
      const line = lineAt(text, at);
      if (!/^[\s\p{P}]*$/u.test(text.slice(line.start, at))) continue; // the cue opens its line
      const t = findTimexes(text, folded, at, line.end, locale).find((x) => x.start - at <= CUE_REACH && x.values.some((v) => dayOf(v)));
      const day = t && t.values.map((v) => dayOf(v)).find(Boolean);
      if (t && day) return { definitive: evidence('publication-line', day, text.slice(at, t.end)), lowerBounds: [], latestYear };
    }
  }
  const fromUrl = urlDate(article.meta.url);
  if (fromUrl) return { definitive: evidence('url-date', fromUrl, article.meta.url!), lowerBounds: [], latestYear };

  // An agency's dateline opening a paragraph near the top ("ISLAMABAD, May 9 (Agency) -"): the day the
  // story was filed, which its weekdays count from; its year is the latest the text names.
  let paragraphsSeen = 0;
  for (let at = body.start; at < body.end && paragraphsSeen < AGENCY_DATELINE_PARAGRAPHS; at = lineAt(text, at).end + 1) {
    const line = lineAt(text, at);
    if (!text.slice(line.start, line.end).trim()) continue;
    paragraphsSeen++;
    const t = all.find((x) => x.start >= line.start && x.end <= line.end && AGENCY_CITY.test(text.slice(line.start, x.start))
      && AGENCY_MARK.test(text.slice(x.end, x.end + 24)));
    const v = t?.values[0];
    if (!t || v?.kind !== 'calendar' || v.day === undefined || v.month === undefined) continue;
    const year = v.year ?? latestYear;
    const day = year === null ? null : rangeOf(year, v.month, v.day);
    if (day?.precision === 'day') return { definitive: evidence('dateline', day.start, t.text), lowerBounds: [], latestYear };
  }

  // A dateline: a short line near the top that holds a full date.
  let linesSeen = 0;
  for (let at = body.start; at < body.end && linesSeen < DATELINE_LINES; linesSeen++) {
    const line = lineAt(text, at);
    const words = text.slice(line.start, line.end).trim();
    if (words.length <= DATELINE_LENGTH && !/[.!?»"”]$/.test(words)) { // a label, not a sentence
      const t = all.find((x) => x.start >= line.start && x.end <= line.end && x.values.some((v) => v.kind === 'calendar' && v.year !== undefined && dayIn(v, null)));
      if (t) return { definitive: evidence('dateline', dayIn(t.values[0]!, null)!, t.text), lowerBounds: [], latestYear };
    }
    at = line.end + 1;
  }

  // "ce dimanche 5 septembre 2021": the day the article speaks from.
  const deictic = new RegExp(`(?:^|[^a-z0-9])(?:${locale.deicticWords.map(fold).join('|')}) $`);
  const isDeictic = (t: Span) => deictic.test(folded.slice(Math.max(0, t.start - 12), t.start))
    || locale.deicticWords.map(fold).includes(folded.slice(t.start, t.end).split(' ')[0]!);
  for (const t of all) {
    const day = t.values.map((v) => dayOf(v)).find(Boolean);
    if (day && isDeictic(t)) {
      return { definitive: evidence('deictic-date', day, t.text), lowerBounds: [], latestYear };
    }
  }
  const lowerBounds = all.filter((t) => t.role === 'event').flatMap((t) => {
    const day = t.values.map((v) => dayOf(v)).find(Boolean);
    return day ? [evidence('own-date', day, t.text)] : [];
  });
  // "ce dimanche" after a report of Wednesday 25: the article speaks from the Sunday after.
  const latest = lowerBounds.map((e) => e.date).sort().at(-1);
  const thisWeekday = latest ? all.find((t) => t.values[0]?.kind === 'weekday' && isDeictic(t)) : undefined;
  if (latest && thisWeekday) {
    const v = thisWeekday.values[0] as Extract<TimexValue, { kind: 'weekday' }>;
    const from = parseISO(latest);
    lowerBounds.push(evidence('deictic-date', formatISO(addDays(from, (v.weekday - from.getDay() + 7) % 7), { representation: 'date' }), thisWeekday.text));
  }
  return { definitive: null, lowerBounds, latestYear };
}
