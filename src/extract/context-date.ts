/**
 * Articles state a date once and report in later sentences without one. A mention with no
 * date of its own takes its context's: the nearest event date before it in its paragraph,
 * else the lede's (stated before it), else the article's reference date when it reports news
 * (not background, told in the pluperfect). The date keeps its words, and says it came from
 * the context. A reference date that is only a lower bound (inferred, not stated) gives the
 * month: the day the news was told is not known.
 */
import type { DateRange, Mention, Sentence } from './types.ts';
import type { ResolvedTimex } from './mentions.ts';
import { truncate } from './resolve.ts';

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
  /** True when the reference date is only the latest day the article reports, not its stated date. */
  referenceIsLowerBound?: boolean;
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

/**
 * How many sentences make the lede: the top of the body up to its first heading (a line of
 * its own without closing punctuation: "- Tirs dans les casernes"), at most LEDE_SENTENCES.
 */
function ledeLength(text: string, sentences: Sentence[]): number {
  const n = Math.min(LEDE_SENTENCES, sentences.length);
  for (let i = 1; i < n; i++) {
    const s = sentences[i]!;
    const alone = text.lastIndexOf('\n', s.start) >= sentences[i - 1]!.end && /^[^\S\n]*(?:\n|$)/.test(text.slice(s.end));
    if (alone && !/[.!?»"”…:]\s*$/.test(s.text)) return i;
  }
  return n;
}

/** Gives each undated mention its context's date, when it has one. */
export function inheritDates(mentions: Mention[], input: ContextInput): Mention[] {
  const { text, sentences, timexes } = input;
  if (!mentions.some((m) => !m.date)) return mentions;
  const paragraph = paragraphs(text, sentences);
  const indexOf = new Map(sentences.map((s, i) => [s.start, i]));
  // The lede's first event date, from a sentence other than the report's own (whose dates the date rules judged),
  // and not the date of an event it names as past ("fait suite à l'arrestation du 8 avril"): that is not the story's day.
  const told = new Set(mentions.filter((m) => m.date && (m.anaphoric || input.isBackground(m))).map((m) => `${m.sentence.start}|${m.date!.text}`));
  const ledeDates = timexes.slice(0, ledeLength(text, sentences)).flatMap((ts, i) => ts
    .filter((t) => !told.has(`${sentences[i]!.start}|${t.text}`)).map((t) => ({ i, date: eventDateOf(t) })))
    .filter((d): d is { i: number; date: ContextDate } => d.date !== null);
  const reference: ContextDate | null = input.reference === null ? null : {
    range: input.referenceIsLowerBound ? truncate(input.reference, 'month') : { start: input.reference, end: input.reference, precision: 'day' },
    text: '', context: 'reference',
  };
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
    found ??= ledeDates.find((d) => d.i !== i)?.date ?? reference;
    if (!found) return m;
    return { ...m, contextDate: { range: found.range, partial: null, derivation: 'from-context', text: found.text, context: found.context } };
  });
}
