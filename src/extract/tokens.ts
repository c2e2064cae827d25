/** Word tokens with offsets; in languages that elide, elided words ("l'", "d'") are tokens of their own. */
import { fold } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Folded, for comparisons. */
  key: string;
}

/**
 * The token pattern of a language: `elision` is how many letters an elided word may have
 * before its apostrophe (0 when the language elides none, so "Iran's" stays one word).
 * Bounded repetitions: an unbounded run over a 5 MB "word" overflows the regular expression engine's stack.
 */
export function tokenPattern(elision: number): RegExp {
  const elided = elision > 0 ? `\\p{L}{1,${elision}}['\\u2019](?=\\p{L})|` : '';
  return new RegExp(`${elided}[\\p{L}\\p{N}]{1,64}(?:[-'\\u2019.][\\p{L}\\p{N}]{1,64}){0,8}|[«»"“”(),;:!?.\\u2014\\u2013]`, 'gu');
}

/** Tokens of `text.slice(start, end)`, with article offsets, split by a language's token pattern. */
export function tokenize(text: string, start: number, end: number, pattern: RegExp): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(pattern)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], key: fold(m[0]) });
  }
  return out;
}

/** True for tokens that are punctuation. */
export function isPunctuation(t: Token): boolean {
  return !/[\p{L}\p{N}]/u.test(t.text);
}
