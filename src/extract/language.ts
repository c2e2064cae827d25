/**
 * An article's language when its front matter gives none, told by `franc-min` (trigram
 * statistics over the 82 languages of 8 million speakers or more) and written as the
 * locales' codes (ISO 639-1: franc's "fra" is "fr"). Pure: same text, same answer.
 */
import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/**
 * Below this many letters trigram statistics are a guess (a French sentence of 57 letters reads
 * as Portuguese): the article is read with the default rules, and says so.
 */
export const MIN_LETTERS = 100;
/** A text is read in windows of about this many characters, each telling its language. */
const WINDOW = 300;
/** Windows read at most: the first 1,200 characters or so. */
const MAX_WINDOWS = 4;
/** Languages the windows after the first are weighed against: the first's likeliest. */
const CANDIDATES = 5;

export interface LanguageGuess {
  /** The locales' code (ISO 639-1) when the language has one, else franc's ISO 639-3 code. */
  lang: string;
  /**
   * How sure, from 0 to 1: the share of the text's windows, by letters, that read as this
   * language, scaled down for texts shorter than one window (300 characters).
   */
  confidence: number;
}

export type Detection = { guess: LanguageGuess } | { tooShort: number } | { undetermined: true };

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/** Cuts a text into windows of about WINDOW characters, at spaces. */
function windows(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest && out.length < MAX_WINDOWS) {
    let cut = rest.length <= WINDOW * 1.5 ? rest.length : rest.lastIndexOf(' ', WINDOW);
    if (cut <= 0) cut = Math.min(rest.length, WINDOW);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return out;
}

/** franc's answer for one piece of text, among `only` if given, or null when it has none ("und"). */
function francOf(text: string, only?: string[]): { best: string; ranked: string[] } | null {
  const ranked = francAll(text, only ? { only } : {}).map(([code]) => code);
  return ranked[0] && ranked[0] !== 'und' ? { best: ranked[0], ranked } : null;
}

/**
 * The languages most news is written in (ISO 639-3, as franc names them): the opening of an
 * article is first weighed against these alone, a sixth of the cost of all 82.
 */
const NEWS_LANGUAGES = ['fra', 'eng', 'spa', 'por', 'deu', 'ita', 'nld', 'pol', 'ron', 'tur', 'swh', 'hau', 'som', 'ind', 'vie', 'tgl'];
/** How much of the opening the quick look reads, in characters. */
const OPENING = 200;
/** The quick look is trusted when the runner-up scores under this share of the winner's score. */
const CLEAR_LEAD = 0.9;

/** The language of an article's opening when it is clear at a glance, or null (then every window is read). */
function atAGlance(text: string): LanguageGuess | null {
  const cut = text.length <= OPENING * 1.5 ? text.length : text.lastIndexOf(' ', OPENING);
  const ranked = francAll(text.slice(0, cut > 0 ? cut : OPENING), { only: NEWS_LANGUAGES });
  const [best, second] = ranked;
  if (!best || best[0] === 'und' || (second && second[1] >= CLEAR_LEAD)) return null;
  return { lang: iso6393To1[best[0]] ?? best[0], confidence: Math.round(Math.min(1, text.length / WINDOW) * 100) / 100 };
}

/**
 * The language of an article's body: at a glance when its opening is clear (confidence then
 * says only how long the text is), else by reading every window.
 */
export function detectLanguage(body: string): Detection {
  const text = body.replace(/\s+/g, ' ').trim();
  const total = letters(text);
  if (total < MIN_LETTERS) return { tooShort: total };
  const glance = atAGlance(text);
  return glance ? { guess: glance } : readWindows(text);
}

/** The language most of a text's windows read as, and the share of its letters that do. */
export function readWindows(text: string): Detection {
  // Each window votes with its letters: a quotation in another language does not outvote the article.
  // The first window is weighed against every language; the others, against its likeliest few
  // (franc's cost is per language compared: a fifth of the time).
  const votes = new Map<string, number>();
  let read = 0, first: string | undefined, candidates: string[] | undefined;
  for (const w of windows(text)) {
    const found = francOf(w, candidates);
    read += letters(w);
    if (!found) continue;
    first ??= found.best;
    candidates ??= found.ranked.slice(0, CANDIDATES);
    votes.set(found.best, (votes.get(found.best) ?? 0) + letters(w));
  }
  if (votes.size === 0) return { undetermined: true };
  // The most letters win; a tie goes to the first window's language.
  const [code, weight] = [...votes].sort((a, b) => b[1] - a[1] || Number(b[0] === first) - Number(a[0] === first))[0]!;
  const shortness = Math.min(1, text.length / WINDOW);
  const confidence = Math.round((weight / read) * shortness * 100) / 100;
  return { guess: { lang: iso6393To1[code] ?? code, confidence } };
}
