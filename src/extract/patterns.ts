/** Compiles a locale's pattern sources into regular expressions matched on folded text. */
import { fold } from './fold.ts';

/** Escapes a literal word for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first so that "Guinée-Bissau" beats "Guinée". */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => fold(w)))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(escapeRegExp).join('|');
}

/** Letters that may be part of a word in folded text. */
export const WORD_CHAR = "a-z0-9'";

/**
 * Expands `{{name}}` references and folds the literal parts of a pattern.
 * Word boundaries are letter-aware: `\b` only knows ASCII, folded text is ASCII for letters.
 */
export function expandPattern(source: string, subPatterns: Record<string, string[]>): string {
  return source.split(/(\{\{\w+\}\})/).map((part) => {
    const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
    if (!name) return fold(part);
    const words = subPatterns[name];
    if (!words) throw new Error(`unknown sub-pattern {{${name}}} in ${source}`);
    return `(?:${alternation(words)})`;
  }).join('');
}

const compiled = new WeakMap<Record<string, string[]>, Map<string, RegExp>>();

/** A global regular expression for a pattern, cached per locale. */
export function compile(source: string, subPatterns: Record<string, string[]>): RegExp {
  let cache = compiled.get(subPatterns);
  if (!cache) compiled.set(subPatterns, (cache = new Map()));
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])(?:${expandPattern(source, subPatterns)})(?:(?<=['\\s])|(?![a-z0-9]))`, 'g');
    cache.set(source, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every match of a pattern in folded text. */
export function matchAll(source: string, subPatterns: Record<string, string[]>, folded: string): RegExpExecArray[] {
  return [...folded.matchAll(compile(source, subPatterns))];
}
