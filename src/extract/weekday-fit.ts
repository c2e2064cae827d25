/**
 * A day and month named with their weekday but no year ("lundi 31 janvier") fit only some
 * years: the latest one in a window of plausible years is taken.
 */
import type { CalendarValue } from './types.ts';

/** How many years back a weekday fit may look (the calendar repeats within 11 years, leap years aside). */
export const WEEKDAY_REACH = 12;

/** Years a weekday fit may choose from, latest first. */
export interface YearWindow {
  latest: number;
  earliest: number;
}

/**
 * The window for an article: the latest year it names or the next (its news is not older
 * than its background, and rarely much newer); when it names none, the years up to the
 * corpus's latest. A fit outside the window is no evidence (a wrong weekday, a typo).
 */
export function weekdayWindow(latestNamed: number | null, corpusYear: number | null): YearWindow | null {
  if (latestNamed !== null) return { latest: latestNamed + 1, earliest: latestNamed };
  return corpusYear === null ? null : { latest: corpusYear, earliest: corpusYear - WEEKDAY_REACH };
}

/** The latest year of the window in which `value`'s day falls on its weekday, or null. */
export function yearFittingWeekday(value: CalendarValue & { weekday: number }, window: YearWindow): number | null {
  if (value.month === undefined || value.day === undefined) return null;
  for (let year = window.latest; year >= window.earliest; year--) {
    const d = new Date(Date.UTC(year, value.month - 1, value.day));
    if (d.getUTCMonth() === value.month - 1 && d.getUTCDay() === value.weekday) return year;
  }
  return null;
}
