/**
 * Helpers every locale's temporal rules share: looking a word up in a lexicon table, and
 * turning a rule's named groups into a calendar value. The words stay in the locales.
 */
import type { TemporalLexicon } from './locale.ts';
import type { TimexValue } from './types.ts';
import { fold } from './fold.ts';

/** A word's value in a table, as written or folded. */
export function lookup(table: Record<string, number>, word: string | undefined): number | undefined {
  return word === undefined ? undefined : table[word] ?? table[fold(word)] ??
    Object.entries(table).find(([k]) => fold(k) === fold(word))?.[1];
}

/** A calendar value from the groups `month` (or `monthnum`), `year` and `weekday`, and a day the locale has read. */
export function calendarValue(g: Record<string, string | undefined>, lx: TemporalLexicon, day: number | undefined): TimexValue[] | null {
  const month = lookup(lx.months, g.month) ?? (g.monthnum ? Number(g.monthnum) : undefined);
  const year = g.year ? Number(g.year) : undefined;
  const weekday = lookup(lx.weekdays, g.weekday);
  if (month === undefined || month < 1 || month > 12) return null;
  return [{ kind: 'calendar', year, month, day, ...(weekday !== undefined && day ? { weekday } : {}), precision: day ? 'day' : 'month' }];
}

/** Every four-digit year in a list ("2012, 2020 and 2021"), each a year's value. */
export function yearsValue(years: string): TimexValue[] {
  return (years.match(/\d{4}/g) ?? []).map((y) => ({ kind: 'calendar', year: Number(y), precision: 'year' }));
}
