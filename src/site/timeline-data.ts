/**
 * The timeline's data as the browser loads it: one compact JSON file for the chart (columns,
 * one array per field, only what the chart, its filters and its tooltips need), and, loaded
 * only when asked for, the details of a year's events (who, citations) and the search index
 * (folded text, sources). `/` stays light however many events there are. Pure: the pages
 * encode, the browser decodes, both with this module.
 */
import type { EventType } from '../extract/types.ts';

type Precision = 'day' | 'month' | 'year';

/** `/frise.json`: one entry per event in every array, in the timeline's order. */
export interface ChartColumns {
  typeLabels: Record<EventType, string>;
  typePlural: Record<EventType, string>;
  /** Country code -> French name, for every country an event happened in. */
  countryNames: Record<string, string>;
  id: string[];
  type: EventType[];
  start: string[];
  /** '' when the event ends the day (month, year) it starts. */
  end: string[];
  /** One letter an event: d(ay), m(onth), y(ear). */
  precision: string;
  title: string[];
  /** The date in words. */
  date: string[];
  place: string[];
  country: string[];
  /** The countries concerned (where it happened, who acted, who was targeted), space-separated. */
  countries: string[];
  /** How many articles report it. */
  sources: number[];
}

/** `/annees/<year>.json`: what the story card shows beyond the chart's data. */
export interface YearDetails {
  /** Source id -> the name readers see. */
  names: Record<string, string>;
  /** Source id -> the language its quotes are in, for the sources not in French (the page's language). */
  langs?: Record<string, string>;
  events: Record<string, { agent: string | null; patient: string | null; citations: [source: string, quote: string][] }>;
}

/** `/recherche.json`: what the search box and the source filter match, in the chart's order. */
export interface SearchColumns {
  id: string[];
  /** Folded as the query is (see fold.ts). */
  text: string[];
  /** Source ids, '/'-separated ('/' is the one character a file name cannot hold). */
  sources: string[];
}

/** One event as the browser uses it. */
export interface ChartEvent {
  id: string;
  type: EventType;
  title: string;
  dateText: string;
  date: { start: string; end: string; precision: Precision };
  place: string | null;
  country: string | null;
  countryName: string | null;
  countries: string[];
  sources: number;
}

const PRECISION: Record<string, Precision> = { d: 'day', m: 'month', y: 'year' };

/** The columns back to one object an event. */
export function chartEvents(c: ChartColumns): ChartEvent[] {
  return c.id.map((id, i) => ({
    id, type: c.type[i]!, title: c.title[i]!, dateText: c.date[i]!,
    date: { start: c.start[i]!, end: c.end[i] || c.start[i]!, precision: PRECISION[c.precision[i]!]! },
    place: c.place[i] || null, country: c.country[i] || null, countryName: c.countryNames[c.country[i]!] ?? null,
    countries: c.countries[i] ? c.countries[i]!.split(' ') : [], sources: c.sources[i]!,
  }));
}
