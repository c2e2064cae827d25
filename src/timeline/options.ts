/** What the timeline draws (its events) and the options it is built with, with their defaults. */
import { byType, EVENT_TYPES, type EventType } from '../extract/types.ts';

export interface TimelineEvent {
  id: string;
  type: EventType;
  title: string;
  dateText: string;
  date: { start: string; end: string; precision: 'day' | 'month' | 'year' };
  /** How many articles report it: the most reported events are labelled first. */
  sources?: number;
}

export interface TimelineOptions {
  /** Accessible name of the chart. */
  ariaLabel: string;
  /** Type names for screen readers. */
  typeLabels: Record<EventType, string>;
  /** Each band's heading (one band per type). */
  rowLabels: Record<EventType, string>;
  /** Labels for a row of axis ticks, all at once (so that the year is given once and nothing repeats). */
  tickLabels: (ticks: Date[]) => string[];
  /** Height of one lane of marks, in pixels. */
  laneHeight: number;
  /** Lanes per band at most: beyond, marks share lanes and the chart keeps a bounded height. */
  maxLanes: number;
  /** The widest a label may be, in pixels: a short title, the tooltip says the rest. */
  maxLabel: number;
  /** What a dense view says above its density strip. */
  denseNote: (count: number) => string;
  /** What the view says of the shown events it leaves out, before and after it (both can be 0). */
  outsideNote: (before: number, after: number) => string;
  /** The lines of an event's tooltip (title first). */
  describe: (event: TimelineEvent) => string[];
}

export const defaultOptions: TimelineOptions = {
  ariaLabel: 'Timeline',
  typeLabels: byType((d) => d.id),
  rowLabels: byType((d) => d.id),
  tickLabels: (ticks) => ticks.map((d) => d.toISOString().slice(0, 10)),
  laneHeight: 26,
  maxLanes: 4,
  maxLabel: 220,
  denseNote: (n) => `${n} events: zoom in to see them one by one`,
  outsideNote: (before, after) => [before && `← ${before} earlier`, after && `${after} later →`].filter(Boolean).join(' · '),
  describe: (e) => [e.title, e.dateText],
};

/** The types in the order of their bands. */
export const TYPES: EventType[] = [...EVENT_TYPES];
