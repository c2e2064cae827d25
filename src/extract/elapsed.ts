/**
 * An event named by a noun and dated by the time elapsed since it: "huit mois après le putsch,
 * l'armée a de nouveau pris le pouvoir, le 30 septembre 2022" dates the putsch eight months
 * before the date of its sentence's own event. The locale gives the words; the arithmetic is here.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import type { Locale } from './locale.ts';
import type { ResolvedTimex } from './mentions.ts';
import type { DateRange, Span } from './types.ts';
import { compiled } from './compiled.ts';
import { truncate } from './resolve.ts';
import { gap } from './mention-date.ts';

export interface Elapsed {
  range: DateRange;
  /** The words that say how long before ("huit mois après"), as written. */
  text: string;
  /** The date it was counted back from. */
  from: ResolvedTimex;
}

/** How far before its noun the words of elapsed time may start, in characters ("quatre-vingt-dix-neuf jours seulement après l'"). */
const ELAPSED_REACH = 80;

const shift = { day: addDays, week: addWeeks, month: addMonths, year: addYears } as const;

/**
 * The date of a noun trigger that words just before it place some time before the event its
 * sentence dates ("trois jours après l'arrestation de X, … le 5 mars"), or null.
 */
export function elapsedDateOf(trigger: Span, sentence: Span, timexes: ResolvedTimex[], text: string, folded: string, locale: Locale): Elapsed | null {
  const { elapsed: rule, words: lexicon } = compiled(locale);
  if (!rule) return null;
  const from0 = Math.max(sentence.start, trigger.start - ELAPSED_REACH);
  const m = rule.pattern.exec(folded.slice(from0, trigger.start));
  if (!m?.groups) return null;
  const n = /^\d+$/.test(m.groups.n!) ? Number(m.groups.n) : lexicon.numbers[m.groups.n!];
  const unit = rule.units[m.groups.unit!];
  if (!n || !unit) return null;
  const start = from0 + m.index;
  const words: Span = { start, end: start + m.groups.words!.length };
  // The sentence's own event date: the nearest day or month it states elsewhere.
  const from = timexes.filter((t) => t.role === 'event' && (t.end <= words.start || t.start >= trigger.end))
    .map((t) => ({ t, r: t.resolved.find((r) => r.range && r.range.precision !== 'year')?.range }))
    .filter((x): x is { t: ResolvedTimex; r: DateRange } => !!x.r)
    .sort((a, b) => gap(a.t, trigger) - gap(b.t, trigger))[0];
  if (!from) return null;
  const day = shift[unit](parseISO(from.r.start), -n);
  const precision = unit === 'day' || unit === 'week' ? from.r.precision : unit;
  return { range: truncate(formatISO(day, { representation: 'date' }), precision), text: text.slice(words.start, words.end), from: from.t };
}
