/**
 * Sentence splitting with Intl.Segmenter, then merging back the splits it makes after
 * abbreviations ("M.", "col.") and initials ("J."), which are not sentence ends.
 */
import type { Sentence, Span } from './types.ts';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** True when a piece ends with an abbreviation or an initial, so the sentence goes on. */
function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  const trimmed = piece.trimEnd();
  // The last word, found from the end: a regular expression would scan the whole piece.
  const last = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\u00a0')) + 1);
  if (!last) return false;
  if (/^\p{Lu}\.$/u.test(last) || /^(?:\p{Lu}\.){2,}$/u.test(last)) return true; // J. or S.E.
  return abbreviations.has(last) || abbreviations.has(last.toLowerCase());
}

/** Splits the kept spans of a text into trimmed sentences with exact offsets. */
export function splitSentences(text: string, spans: Span[], lang: string, abbreviations: string[]): Sentence[] {
  const abbrev = new Set(abbreviations);
  const out: Sentence[] = [];
  for (const span of spans) {
    const pieces: Span[] = [];
    for (const seg of segmenter(lang).segment(text.slice(span.start, span.end))) {
      const start = span.start + seg.index;
      const piece = { start, end: start + seg.segment.length };
      const previous = pieces.at(-1);
      const joinable = previous && !text.slice(previous.start, previous.end).includes('\n');
      if (previous && joinable && endsWithAbbreviation(text.slice(previous.start, previous.end), abbrev)) previous.end = piece.end;
      else pieces.push(piece);
    }
    for (const p of pieces) {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = p.start + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed });
    }
  }
  return out;
}
