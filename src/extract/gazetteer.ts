/** Finds places, nationality words and people in a sentence, from the locale's lists. */
import type { Country, Locale } from './locale.ts';
import { fold } from './fold.ts';
import { alternation } from './patterns.ts';

export interface PlaceHit {
  start: number;
  end: number;
  code: string;
  /** The words as written ("Bamako"). */
  text: string;
  kind: 'country' | 'city';
}

export interface Gazetteer {
  byCode: Map<string, Country>;
  places: RegExp;
  placeKinds: Map<string, { code: string; kind: 'country' | 'city' }>;
  demonyms: Map<string, string>;
  demonymPattern: RegExp;
}

const cache = new WeakMap<Locale, Gazetteer>();

/** The locale's places and nationality words, compiled once. */
export function gazetteer(locale: Locale): Gazetteer {
  const known = cache.get(locale);
  if (known) return known;
  const placeKinds = new Map<string, { code: string; kind: 'country' | 'city' }>();
  const demonyms = new Map<string, string>();
  for (const c of locale.countries) {
    for (const n of [c.name, ...(c.aliases ?? [])]) placeKinds.set(fold(n), { code: c.code, kind: 'country' });
    for (const n of c.cities) if (!placeKinds.has(fold(n))) placeKinds.set(fold(n), { code: c.code, kind: 'city' });
    for (const d of c.demonyms) if (!demonyms.has(fold(d))) demonyms.set(fold(d), c.code);
  }
  const bounded = (alt: string) => new RegExp(`(?<![a-z0-9])(?:${alt})(?![a-z0-9])`, 'g');
  const g: Gazetteer = {
    byCode: new Map(locale.countries.map((c) => [c.code, c])),
    places: bounded(alternation(placeKinds.keys())),
    placeKinds,
    demonyms,
    demonymPattern: bounded(alternation(demonyms.keys())),
  };
  cache.set(locale, g);
  return g;
}

/** Place names in `folded.slice(start, end)` written with a capital, as they are in running text. */
export function findPlaces(text: string, folded: string, start: number, end: number, g: Gazetteer): PlaceHit[] {
  const hits: PlaceHit[] = [];
  g.places.lastIndex = 0;
  for (const m of folded.slice(start, end).matchAll(g.places)) {
    const s = start + m.index;
    const original = text.slice(s, s + m[0].length);
    if (!/^\p{Lu}/u.test(original)) continue;
    const info = g.placeKinds.get(m[0])!;
    hits.push({ start: s, end: s + m[0].length, code: info.code, text: original, kind: info.kind });
  }
  return hits;
}

/** Nationality words ("malien", "Français") with the country they name. */
export function findDemonyms(folded: string, start: number, end: number, g: Gazetteer): { start: number; end: number; code: string }[] {
  g.demonymPattern.lastIndex = 0;
  return [...folded.slice(start, end).matchAll(g.demonymPattern)].map((m) => ({
    start: start + m.index, end: start + m.index + m[0].length, code: g.demonyms.get(m[0])!,
  }));
}
