/**
 * The publication date a page states, and where it states it, in the order of trust:
 * `article:published_time`, JSON-LD `datePublished`, `<time datetime>`, a date in the URL.
 */
import { isValid, parseISO } from 'date-fns';
import { isArticle, jsonLdObjects } from './json-ld.ts';
import { metaContent } from './meta-tags.ts';

/** A date as YYYY-MM-DD and the place it was read from. */
export interface StatedDate {
  date: string;
  from: string;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
/** /2025/09/23/, /2025-09-23-, /20250923/ in a path. */
const URL_DATES = [/\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?=\/|$)/, /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/, /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$)/];

/**
 * A stated timestamp as the publisher's calendar day: "2025-09-23T08:15:00+02:00" is the 23rd
 * wherever the reader is; other forms ("Tue, 23 Sep 2025 …") are read as UTC. Null when invalid.
 */
export function calendarDay(value: string): string | null {
  const text = value.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return isValid(parseISO(iso[1]!)) ? iso[1]! : null;
  const parsed = new Date(text);
  return /\d{4}/.test(text) && isValid(parsed) ? parsed.toISOString().slice(0, 10) : null;
}

/** The date in a URL's path, when it has a whole one. */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    const day = m ? calendarDay(`${m[1]}-${m[2]}-${m[3]}`) : null;
    if (day) return day;
  }
  return null;
}

/** The article's own <time> first: a page's first <time> may belong to a sidebar. */
const TIME_SELECTORS = ['time[itemprop="datePublished"][datetime]', 'article time[datetime]', 'main time[datetime]', 'time[datetime]'];

/** The first stated, valid publication date of the page, or null. */
export function publishedDate(document: Document, url: string | null): StatedDate | null {
  const candidates: [string | null | undefined, string][] = [
    [metaContent(document, 'article:published_time'), 'article:published_time'],
    ...jsonLdObjects(document).filter(isArticle).map((o): [string | null, string] =>
      [typeof o.datePublished === 'string' ? o.datePublished : null, 'JSON-LD datePublished']),
    ...TIME_SELECTORS.map((s): [string | null | undefined, string] => [document.querySelector(s)?.getAttribute('datetime'), '<time datetime>']),
    [url ? urlDate(url) : null, 'the URL'],
  ];
  for (const [value, from] of candidates) {
    const date = value ? calendarDay(value) : null;
    if (date) return { date, from };
  }
  return null;
}
