/**
 * Anchors temporal values to a reference date (the article's publication date, or the
 * date of the event mentioned just before for "la veille"). Never reads the clock.
 */
// Per-function imports: the package root loads every date-fns module (seconds at start-up).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parseISO } from 'date-fns/parseISO';
import { yearFittingWeekday, type YearWindow } from './weekday-fit.ts';
import type { CalendarValue, DateRange, MonthPart, Precision, TimexValue } from './types.ts';

export type Tense = 'past' | 'future' | 'unknown';

export interface ResolveContext {
  /** The reference date (yyyy-MM-dd), or null when unknown. */
  publication: string | null;
  /** A year to complete "le 14 août" with when the publication date is unknown. */
  yearAnchor: number | null;
  /** True when the reference date is only a lower bound inferred from the corpus: a day and month may fall after it. */
  referenceIsLowerBound?: boolean;
  /** Years a weekday with a day and month may fall in, when no anchor is known. */
  weekdayWindow?: YearWindow | null;
  tense: Tense;
  /** The date of the event reported just before, for "la veille". */
  previous: DateRange | null;
}

export interface Resolved {
  range: DateRange | null;
  /** Month and day known, year not: kept until an anchor is found. */
  partial: CalendarValue | null;
}

const iso = (d: Date) => formatISO(d, { representation: 'date' });

/** The interval a calendar value covers. */
export function rangeOf(year: number, month: number | undefined, day: number | undefined): DateRange | null {
  if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
  const first = new Date(year, month - 1, 1);
  if (day === undefined) return { start: iso(first), end: iso(lastDayOfMonth(first)), precision: 'month' };
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1) return null; // 31 février
  return { start: iso(date), end: iso(date), precision: 'day' };
}

/** A month's range narrowed to one of its thirds; the precision stays the month. */
export function narrow(range: DateRange | null, part: MonthPart | undefined): DateRange | null {
  if (!range || !part || range.precision !== 'month') return range;
  const ym = range.start.slice(0, 8);
  if (part === 'early') return { ...range, end: `${ym}10` };
  if (part === 'mid') return { ...range, start: `${ym}11`, end: `${ym}20` };
  return { ...range, start: `${ym}21` };
}

/** Days either side of the day a week offset points to ("last week", "il y a deux semaines"). */
const WEEK_SPREAD = 3;

/**
 * The seven days around a day: a week, not a day's guess. As with a month's third, the range is
 * narrower than its precision: the month when the seven days lie in one, else the year; a week
 * across New Year keeps the day, no unit of the model holding it.
 */
export function weekAround(day: Date): DateRange {
  const start = iso(addDays(day, -WEEK_SPREAD)), end = iso(addDays(day, WEEK_SPREAD));
  if (start.slice(0, 7) === end.slice(0, 7)) return { start, end, precision: 'month' };
  if (start.slice(0, 4) === end.slice(0, 4)) return { start, end, precision: 'year' };
  return { start: iso(day), end: iso(day), precision: 'day' };
}

/** The range of one date at a precision ("2025-09-19" at month precision is September 2025). */
export function truncate(date: string, precision: Precision): DateRange {
  const d = parseISO(date);
  return rangeOf(d.getFullYear(), precision === 'year' ? undefined : d.getMonth() + 1,
    precision === 'day' ? d.getDate() : undefined)!;
}

/** Picks the year for a month (and day) given a reference date and which way the text points. */
function yearFor(month: number, day: number | undefined, ref: Date, tense: Tense, forced?: 'past' | 'future'): number {
  const y = ref.getFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => ({ year, date: new Date(year, month - 1, day ?? 15) }));
  const direction = forced ?? (tense === 'unknown' ? undefined : tense);
  const signed = (d: Date) => differenceInCalendarDays(d, ref);
  // A day in the reference month counts as past for a past-tense text (a month is not over yet).
  const inPast = (c: { date: Date; year: number }) => signed(c.date) <= 0 || (day === undefined && c.year === y && month === ref.getMonth() + 1);
  const pool = direction === 'past' ? candidates.filter(inPast)
    : direction === 'future' ? candidates.filter((c) => signed(c.date) >= 0) : candidates;
  pool.sort((a, b) => Math.abs(signed(a.date)) - Math.abs(signed(b.date)));
  return (pool[0] ?? candidates[1]!).year;
}

/** Resolves one temporal value in its context. */
export function resolveValue(value: TimexValue, ctx: ResolveContext): Resolved {
  const ref = ctx.publication ? parseISO(ctx.publication) : null;
  switch (value.kind) {
    case 'calendar': {
      if (value.year !== undefined) return { range: narrow(rangeOf(value.year, value.month, value.day), value.part), partial: null };
      if (ref) {
        // "le 14 août": the publication's year, or the one before when that would be months ahead.
        const direction = ctx.referenceIsLowerBound ? 'unknown' : ctx.tense === 'future' ? 'future' : 'past';
        return { range: rangeOf(yearFor(value.month!, value.day, ref, direction), value.month, value.day), partial: null };
      }
      // With an anchor, the weekday only confirms its year; a weekday that does not fit is a slip, not a reason to move.
      const window = ctx.yearAnchor !== null ? { latest: ctx.yearAnchor, earliest: ctx.yearAnchor } : ctx.weekdayWindow ?? null;
      if (window && value.weekday !== undefined) {
        const year = yearFittingWeekday({ ...value, weekday: value.weekday }, window);
        if (year !== null) return { range: rangeOf(year, value.month, value.day), partial: null };
      }
      if (ctx.yearAnchor !== null) {
        const anchor = new Date(ctx.yearAnchor, 6, 1);
        return { range: rangeOf(yearFor(value.month!, value.day, anchor, 'unknown'), value.month, value.day), partial: null };
      }
      return { range: null, partial: { month: value.month, day: value.day, precision: value.precision } };
    }
    case 'month-of-year': {
      const forced = value.direction === 'tense' ? undefined : value.direction;
      if (ref) return { range: narrow(rangeOf(yearFor(value.month, undefined, ref, ctx.tense, forced), value.month, undefined), value.part), partial: null };
      if (ctx.yearAnchor !== null) return { range: narrow(rangeOf(ctx.yearAnchor, value.month, undefined), value.part), partial: null };
      return { range: null, partial: { month: value.month, precision: 'month' } };
    }
    case 'day-of-month': {
      if (!ref) return { range: null, partial: null };
      return { range: rangeOf(ref.getFullYear(), ref.getMonth() + 1, value.day), partial: null };
    }
    case 'weekday': {
      if (!ref) return { range: null, partial: null };
      // Against a lower bound of the publication date, the day meant may fall on either side: take the nearest.
      const direction = value.direction === 'tense' ? (ctx.referenceIsLowerBound ? 'unknown' : ctx.tense) : value.direction;
      const back = (ref.getDay() - value.weekday + 7) % 7;
      const ahead = (value.weekday - ref.getDay() + 7) % 7;
      let shift: number;
      if (value.direction === 'past') shift = -(back === 0 ? 7 : back); // "dimanche dernier" is never today
      else if (value.direction === 'future') shift = ahead === 0 ? 7 : ahead;
      else if (direction === 'past') shift = -back; // HeidelTime: the most recent such day
      else if (direction === 'future') shift = ahead;
      else shift = back <= ahead ? -back : ahead; // the nearest one
      const d = addDays(ref, shift);
      return { range: { start: iso(d), end: iso(d), precision: 'day' }, partial: null };
    }
    case 'offset': {
      const base = value.from === 'publication' ? ref : ctx.previous?.precision === 'day' ? parseISO(ctx.previous.start) : null;
      if (!base) return { range: null, partial: null };
      const shifted = value.unit === 'day' ? addDays(base, value.amount) : value.unit === 'week' ? addWeeks(base, value.amount)
        : value.unit === 'month' ? addMonths(base, value.amount) : addYears(base, value.amount);
      // "last week", "two weeks ago": the week around the day a week or two before publication.
      if (value.unit === 'week' && value.from === 'publication') return { range: weekAround(shifted), partial: null };
      const precision: Precision = value.unit === 'day' || value.unit === 'week' ? 'day' : value.unit;
      return { range: truncate(iso(shifted), precision), partial: null };
    }
  }
}
