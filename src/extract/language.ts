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
/** Windows read at most (franc itself reads 2,048 characters). */
const MAX_WINDOWS = 8;

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

/** franc's answer for one piece of text, or null when it has none ("und"). */
function francOf(text: string): string | null {
  const [best] = francAll(text)[0] ?? [];
  return best && best !== 'und' ? best : null;
}

/** The language of an article's body. */
export function detectLanguage(body: string): Detection {
  const text = body.replace(/\s+/g, ' ').trim();
  const total = letters(text);
  if (total < MIN_LETTERS) return { tooShort: total };
  // Each window votes with its letters: a quotation in another language does not outvote the article.
  const votes = new Map<string, number>();
  let read = 0;
  for (const w of windows(text)) {
    const code = francOf(w);
    read += letters(w);
    if (code) votes.set(code, (votes.get(code) ?? 0) + letters(w));
  }
  if (votes.size === 0) return { undetermined: true };
  const whole = francOf(text);
  // The most letters win; a tie goes to what franc says of the whole text.
  const [code, weight] = [...votes].sort((a, b) => b[1] - a[1] || Number(b[0] === whole) - Number(a[0] === whole))[0]!;
  const shortness = Math.min(1, text.length / WINDOW);
  const confidence = Math.round((weight / read) * shortness * 100) / 100;
  return { guess: { lang: iso6393To1[code] ?? code, confidence } };
}
