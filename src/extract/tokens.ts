/** Word tokens with offsets; elided articles ("l'", "d'") are tokens of their own. */
import { fold } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Folded, for comparisons. */
  key: string;
}

// Bounded repetitions: an unbounded run over a 5 MB "word" overflows the regular expression engine's stack.
const TOKEN = /\p{L}{1,5}['\u2019](?=\p{L})|[\p{L}\p{N}]{1,64}(?:[-'\u2019.][\p{L}\p{N}]{1,64}){0,8}|[«»"“”(),;:!?.\u2014\u2013]/gu;

/** Tokens of `text.slice(start, end)`, with article offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], key: fold(m[0]) });
  }
  return out;
}

/** True for tokens that are punctuation. */
export function isPunctuation(t: Token): boolean {
  return !/[\p{L}\p{N}]/u.test(t.text);
}
