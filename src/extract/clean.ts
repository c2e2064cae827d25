/**
 * Cleaning: finds the stretches of an article that are not reporting (banners, captions,
 * credits, "read also" links) and returns the spans that remain, as offsets into the text.
 */
import type { Locale } from './locale.ts';
import type { Article, Span } from './types.ts';
import { fold } from './fold.ts';
import { matchAll } from './patterns.ts';

function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl === -1 ? text.length : nl };
}

function paragraphAround(text: string, at: number): Span {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before === -1 ? 0 : before + 2, end: after === -1 ? text.length : after };
}

/**
 * Where an inline link title ends: at the first capitalised sentence starter that follows a
 * lower-case word ("... plan d'autonomie Depuis les coups..."), else at the end of the line.
 */
function inlineTitleEnd(text: string, from: number, locale: Locale): number {
  const line = lineAround(text, from);
  const starters = new Set(locale.sentenceStarters);
  const words = [...text.slice(from, line.end).matchAll(/\S+/g)];
  for (let i = 2; i < words.length; i++) {
    const word = words[i]![0];
    const previous = words[i - 1]![0];
    if (!/^\p{Lu}/u.test(word) || !/\p{Ll}$/u.test(previous)) continue;
    if (starters.has(word.replace(/[,;:]$/, ''))) return from + words[i]!.index!;
  }
  return line.end;
}

/** The spans of an article's body that are not boilerplate. */
export function keptSpans(article: Article, locale: Locale, folded = fold(article.text)): Span[] {
  const { text, bodyStart } = article;
  const removed: Span[] = [];
  const body = folded.slice(bodyStart);
  for (const rule of locale.boilerplate) {
    for (const m of matchAll(rule.pattern, locale.subPatterns, body)) {
      const at = bodyStart + m.index;
      if (rule.scope === 'line') removed.push(lineAround(text, at));
      else if (rule.scope === 'paragraph') removed.push(paragraphAround(text, at));
      else if (rule.scope === 'inline') removed.push({ start: at, end: inlineTitleEnd(text, at, locale) });
      else removed.push({ start: at, end: at + m[0].length });
    }
  }
  removed.sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  let cursor = bodyStart;
  for (const r of removed) {
    if (r.start > cursor) kept.push({ start: cursor, end: r.start });
    cursor = Math.max(cursor, r.end);
  }
  if (cursor < text.length) kept.push({ start: cursor, end: text.length });
  return kept.filter((s) => text.slice(s.start, s.end).trim() !== '');
}
