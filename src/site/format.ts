/**
 * Dates in words at the precision the sources give ("vendredi 19 septembre 2025",
 * "août 2025", "2020"), and axis tick labels. The date-fns locale is injected.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Locale as DateLocale } from 'date-fns';

export type Precision = 'day' | 'month' | 'year';

export interface DatedRange {
  start: string;
  end: string;
  precision: Precision;
}

const PATTERNS: Record<Precision, string> = { day: 'EEEE d MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' };
const SHORT: Record<Precision, string> = { day: 'd MMM yyyy', month: 'MMM yyyy', year: 'yyyy' };

/** A date in words at its precision. */
export function formatEventDate(date: DatedRange, locale: DateLocale, short = false): string {
  return format(parseISO(date.start), (short ? SHORT : PATTERNS)[date.precision], { locale });
}

/** A single ISO day, month ("2025-08") or year ("2020") in words. */
export function formatValue(value: string, locale: DateLocale): string {
  const precision: Precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  const start = precision === 'day' ? value : precision === 'month' ? `${value}-01` : `${value}-01-01`;
  return formatEventDate({ start, end: start, precision }, locale);
}

/** A day without its weekday ("19 septembre 2025"), a month or a year: for names and captions. */
export function formatPlain(value: string, locale: DateLocale): string {
  return value.length === 10 ? format(parseISO(value), 'd MMMM yyyy', { locale }) : formatValue(value, locale);
}

/** Tick labels that say as much as the zoom level needs: a year, a month, or a day. */
export function tickFormat(locale: DateLocale): (d: Date) => string {
  return (d: Date) => {
    if (d.getMonth() === 0 && d.getDate() === 1) return format(d, 'yyyy', { locale });
    if (d.getDate() === 1) return format(d, 'MMM', { locale });
    return format(d, 'd MMM', { locale });
  };
}
