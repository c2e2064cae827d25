/**
 * Axis ticks and their labels in the browser, from Intl (the same French abbreviations as
 * date-fns's `fr` locale: "sept.", "2025", "19 sept."), so the timeline ships no date library.
 * Never finer than a day (hours would repeat "7 nov."), and the year always in sight.
 */
import type { TimeScale } from './scale.ts';

/** Calendar ticks, at midnight only: a view of a few hours shows the day it is in. */
export function dayTicks(scale: TimeScale, count: number): Date[] {
  return scale.ticks(count).filter((d) => d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0);
}

/**
 * Labels for a row of ticks: a year, a month or a day, as much as the zoom level needs; the
 * first tick and the first of each new year carry the year, and no label repeats its neighbour.
 */
export function intlTickLabels(lang: string): (ticks: Date[]) => string[] {
  const month = new Intl.DateTimeFormat(lang, { month: 'short' });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  return (ticks) => {
    let last = '';
    return ticks.map((d, i) => {
      const year = d.getFullYear();
      const jan1 = d.getMonth() === 0 && d.getDate() === 1;
      const label = jan1 ? String(year) : d.getDate() === 1 ? month.format(d) : day.format(d);
      if (label === last) return '';
      last = label;
      return jan1 || (i > 0 && ticks[i - 1]!.getFullYear() === year) ? label : `${label} ${year}`;
    });
  };
}
