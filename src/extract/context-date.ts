/**
 * Articles state a date once and report in later sentences without one. A mention with no
 * date of its own takes its context's: the nearest event date before it in its paragraph,
 * else the lede's, else the article's reference date when it reports news (not background,
 * told in the pluperfect). The date keeps its words, and says it came from the context.
 */
import type { DateRange, Mention, Sentence } from './types.ts';
import type { ResolvedTimex } from './mentions.ts';

/** How many sentences at the top of the body make its lede. */
const LEDE_SENTENCES = 5;

interface ContextDate {
  range: DateRange;
  text: string;
  context: 'near' | 'reference';
}

export interface ContextInput {
  text: string;
  sentences: Sentence[];
  /** Resolved temporal expressions, sentence by sentence. */
  timexes: ResolvedTimex[][];
  /** The article's reference date (yyyy-MM-dd), when known. */
  reference: string | null;
  /** Whether a report tells background (the pluperfect) rather than news. */
  isBackground: (mention: Mention) => boolean;
}

const eventDateOf = (t: ResolvedTimex): ContextDate | null => {
  if (t.role !== 'event' || t.bound) return null;
  const range = t.resolved.find((r) => r.range?.precision === 'day')?.range;
  return range ? { range, text: t.text, context: 'near' } : null;
};

/** Paragraph number of each sentence: a line break between two sentences starts a paragraph. */
function paragraphs(text: string, sentences: Sentence[]): number[] {
  let n = 0;
  return sentences.map((s, i) => {
    if (i > 0 && text.slice(sentences[i - 1]!.end, s.start).includes('\n')) n++;
    return n;
  });
}

/** Gives each undated mention its context's date, when it has one. */
export function inheritDates(mentions: Mention[], input: ContextInput): Mention[] {
  const { text, sentences, timexes } = input;
  if (!mentions.some((m) => !m.date)) return mentions;
  const paragraph = paragraphs(text, sentences);
  const indexOf = new Map(sentences.map((s, i) => [s.start, i]));
  const lede = timexes.slice(0, LEDE_SENTENCES).flat().map(eventDateOf).find((d) => d !== null) ?? null;
  return mentions.map((m) => {
    if (m.date || m.anaphoric) return m;
    const i = indexOf.get(m.sentence.start)!;
    if (input.isBackground(m)) return m;
    let found: ContextDate | null = null;
    // The nearest date before the trigger in its paragraph: its own sentence first, then back.
    for (let j = i; j >= 0 && paragraph[j] === paragraph[i] && !found; j--) {
      const before = timexes[j]!.filter((t) => j < i || t.end <= m.trigger.start);
      for (let k = before.length - 1; k >= 0 && !found; k--) found = eventDateOf(before[k]!);
    }
    found ??= lede;
    if (!found && input.reference) found = { range: { start: input.reference, end: input.reference, precision: 'day' }, text: '', context: 'reference' };
    if (!found) return m;
    return { ...m, contextDate: { range: found.range, partial: null, derivation: 'from-context', text: found.text, context: found.context } };
  });
}
