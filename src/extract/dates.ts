/** Comparing and choosing dates across mentions of the same event. */
import type { DateDerivation, DateRange, Mention, MentionDate, Precision } from './types.ts';
import { truncate } from './resolve.ts';

/** Days apart two day-precise reports may be and still tell of one event (14 vs 15 August). */
export const DAY_TOLERANCE = 3;

const RANK: Record<DateDerivation, number> = { stated: 0, 'relative-to-publication': 1, 'inferred-from-corpus': 2, 'from-context': 3 };

/** The value a range gives at a precision ("2025-09-17" at month precision is "2025-09"). */
export function keyAt(range: DateRange, precision: Precision): string | null {
  const order: Precision[] = ['year', 'month', 'day'];
  if (order.indexOf(range.precision) < order.indexOf(precision)) return null;
  return precision === 'day' ? range.start : precision === 'month' ? range.start.slice(0, 7) : range.start.slice(0, 4);
}

export interface DateVote {
  value: string;
  sources: string[];
}

/** The sources that give each value at a precision, most supported first. */
export function votesAt(mentions: Mention[], precision: Precision): DateVote[] {
  const votes = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = m.date?.range ? keyAt(m.date.range, precision) : null;
    if (!key) continue;
    if (!votes.has(key)) votes.set(key, new Set());
    votes.get(key)!.add(m.source);
  }
  return [...votes].map(([value, s]) => ({ value, sources: [...s].sort() }))
    .sort((a, b) => b.sources.length - a.sources.length || (a.value < b.value ? -1 : 1));
}

export interface EventDate extends DateRange {
  derivation: DateDerivation;
  /** Every value given at the precision where sources disagree, when they do. */
  conflict: DateVote[] | null;
}

/**
 * The best-supported date: the finest precision at which one value has more sources than
 * any other; where two values tie, the next coarser precision decides.
 */
/**
 * How much a report's date is worth: its own words against a known publication date, then
 * a date near it in its article or its own words against an inferred publication date,
 * then the article's reference date alone.
 */
function tierOf(d: MentionDate): number {
  if (d.derivation === 'stated' || d.derivation === 'relative-to-publication') return 0;
  return d.derivation === 'from-context' && d.context === 'reference' ? 2 : 1;
}

export function decideDate(mentions: Mention[]): EventDate | null {
  const withRange = mentions.filter((m) => m.date?.range);
  if (withRange.length === 0) return null;
  // The best tier present decides; a stated date never loses to a date the context lends.
  const best = withRange.reduce((t, m) => Math.min(t, tierOf(m.date!)), Infinity);
  const dated = withRange.filter((m) => tierOf(m.date!) === best || (best === 0 && m.date!.derivation === 'inferred-from-corpus'));
  let conflict: DateVote[] | null = null;
  for (const precision of ['day', 'month', 'year'] as Precision[]) {
    const votes = votesAt(dated, precision);
    if (votes.length > 1 && conflict === null) conflict = votes;
    if (votes.length === 0) continue;
    if (votes.length > 1 && votes[0]!.sources.length === votes[1]!.sources.length) continue;
    const value = votes[0]!.value;
    const range = truncate(precision === 'day' ? value : precision === 'month' ? `${value}-01` : `${value}-01-01`, precision);
    const supporting = dated.filter((m) => keyAt(m.date!.range!, precision) === value);
    const derivation = supporting.map((m) => m.date!.derivation).sort((a, b) => RANK[a] - RANK[b])[0]!;
    return { ...range, derivation, conflict };
  }
  return null;
}
