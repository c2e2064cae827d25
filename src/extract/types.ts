/** Core domain types shared by every step of the extraction pipeline. */

import { eventTypes, type EventTypeEntry } from '../event-types.ts';

/** A type's id, from the registry (src/event-types.ts). */
export type EventType = (typeof eventTypes)[number]['id'];
export const EVENT_TYPES: readonly EventType[] = eventTypes.map((d) => d.id);
/** A type's registry entry. */
export const eventType = (id: EventType): EventTypeEntry => eventTypes.find((d) => d.id === id)!;
/** A record with a value for each type, in the registry's order. */
export const byType = <T>(f: (d: EventTypeEntry) => T): Record<EventType, T> =>
  Object.fromEntries(eventTypes.map((d) => [d.id, f(d)])) as Record<EventType, T>;

export type Precision = 'day' | 'month' | 'year';
export type DateDerivation = 'stated' | 'relative-to-publication' | 'inferred-from-corpus' | 'from-context';

/** A half-open range of UTF-16 offsets into an article's text as read. */
export interface Span {
  start: number;
  end: number;
}

/** Metadata an article states about itself (front matter or header line); never invented. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  lang: string | null;
}

/** One article file as read: its full text and where the body begins. */
export interface Article {
  id: string;
  file: string;
  text: string;
  bodyStart: number;
  meta: ArticleMeta;
  warnings: string[];
}

export interface Sentence extends Span {
  text: string;
}

/** A calendar value; `year` is missing when the words gave none and no anchor was known yet. */
export interface CalendarValue {
  year?: number;
  month?: number;
  day?: number;
  /** The weekday the words gave with the day (0 = Sunday), which fits only some years. */
  weekday?: number;
  /** Which part of the month the words gave ("début", "mi-", "fin"): the month still, but a narrower range. */
  part?: MonthPart;
  precision: Precision;
}

/** What a temporal expression means before it is anchored to a reference date. */
export type TimexValue =
  | ({ kind: 'calendar' } & CalendarValue)
  | { kind: 'weekday'; weekday: number; direction: Direction }
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; from: 'publication' | 'previous' }
  | { kind: 'month-of-year'; month: number; direction: Direction; part?: MonthPart }
  /** A day of the reference date's month, named without its month ("le 3 courant"). */
  | { kind: 'day-of-month'; day: number };

/** The thirds of a month: days 1-10, 11-20, 21 to the end. */
export type MonthPart = 'early' | 'mid' | 'late';

/** Which way a deictic expression points: forced by the words, or chosen from the tense. */
export type Direction = 'past' | 'future' | 'tense';

/** How a temporal expression relates to what the sentence reports. */
export type TimexRole = 'event' | 'deadline' | 'since';

/** A temporal expression found in a sentence (offsets into the article text). */
export interface Timex extends Span {
  text: string;
  rule: string;
  role: TimexRole;
  values: TimexValue[];
}

/** A resolved date interval. */
export interface DateRange {
  start: string;
  end: string;
  precision: Precision;
}

/** A date as known for one mention: resolved, or partial (month/day without a year). */
export interface MentionDate {
  range: DateRange | null;
  partial: CalendarValue | null;
  derivation: DateDerivation;
  text: string;
  /** For "hier", "aujourd'hui": how many days before its article's publication the event was. */
  daysBeforePublication?: number;
  /** For a date from the context: a date `near` the report (its paragraph, the lede), or the article's `reference` date. */
  context?: 'near' | 'reference';
}

/** One report of an event in one sentence of one article. */
export interface Mention {
  type: EventType;
  source: string;
  sentence: Span & { text: string };
  trigger: Span;
  date: MentionDate | null;
  /** For a mention without a date: its context's (see context-date.ts), used when it restates no dated event. */
  contextDate?: MentionDate;
  /** Countries where it may have happened, best first. */
  countries: string[];
  /** `strong` when the first country comes from a place or the agent, `weak` when only named nearby. */
  countryStrength: 'strong' | 'weak';
  place: string | null;
  agent: string | null;
  agentCountry: string | null;
  patient: string | null;
  patientCountry: string | null;
  count: number | null;
  /** Several people, count unknown ("plusieurs militaires"): not the same event as one person's. */
  plural?: boolean;
  /** Proper names in its sentence: reports that share one likely tell of the same people. */
  names?: string[];
  /** A noun that refers back to an event told before ("cette expulsion", "après le coup d'État"): no context date. */
  anaphoric?: boolean;
  /** Told as one more of its kind ("X a par ailleurs été arrêté", "was also arrested"): not the report its article gave before. */
  additive?: boolean;
  /** Index of the mention in its article, for stable ordering. */
  order: number;
}
