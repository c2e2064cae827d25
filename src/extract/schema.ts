/**
 * The event contract: what `npm run extract` writes and the site reads. Other tools read it
 * too, so change it only by adding optional fields.
 */
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from './types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An evidence item for an inferred publication date. */
export const publishedEvidenceSchema = z.object({
  /**
   * `own-date`: a day the article reports (a lower bound); `corpus-event`: an event it reports, dated by
   * another article; the article's own word for the day it was written: `publication-line` ("Publié le"),
   * `url-date` (a date in its address), `dateline` (a short dated line at its top), `deictic-date`
   * ("ce dimanche 5 septembre 2021").
   */
  kind: z.enum(['own-date', 'corpus-event', 'publication-line', 'url-date', 'dateline', 'deictic-date']),
  /** The date this evidence gives (the publication is on or after it). */
  date: isoDate,
  /** The article that dated the event (for `corpus-event`). */
  source: z.string().nullable(),
  /** The id of the event (for `corpus-event`). */
  event: z.string().nullable(),
  /** The words in this article that go with it, when any. */
  text: z.string().nullable(),
});

export const sourceSchema = z.object({
  /** The file name without extension. */
  id: z.string(),
  /** The path of the file, relative to where extraction ran. */
  file: z.string(),
  /** From front matter when given; never invented. */
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  /** The publication date, or null when unknown. */
  published: isoDate.nullable(),
  /** `stated` by the article, or `inferred` from its text and the corpus. */
  publishedDerivation: z.enum(['stated', 'inferred']).nullable(),
  /** Why an inferred publication date was chosen. */
  publishedEvidence: z.array(publishedEvidenceSchema),
  /** The article's language. */
  lang: z.string(),
  /**
   * When the front matter gives no `lang:`, the language told from the text (franc-min), as the
   * locales' code, and how sure (0 to 1: the share of the text that reads as it, less for texts
   * under 300 characters). `lang` is the language it was read in: this one when it has rules.
   */
  langDetected: z.object({ lang: z.string(), confidence: z.number().min(0).max(1) }).optional(),
  /** What was odd about this file. */
  warnings: z.array(z.string()),
});

export const citationSchema = z.object({
  /** The id of the source article. */
  source: z.string(),
  /** The sentence that reports the event, verbatim. */
  quote: z.string(),
  /** Offsets into the file's text as read: text.slice(start, end) === quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The words that dated it, when any. */
  dateText: z.string().nullable(),
});

export const conflictSchema = z.object({
  /** The field the sources disagree on. */
  field: z.literal('date'),
  /** Every value given, with the sources that give it, most supported first. */
  values: z.array(z.object({ value: z.string(), sources: z.array(z.string()) })),
});

/** One change an editor made to an event (corrections.yaml, applied by the site's loader). */
export const correctionSchema = z.object({
  /**
   * The field changed (`date` values are YYYY-MM-DD, YYYY-MM or YYYY: the date at its precision);
   * `merged`: another event joined this one; `added`: the editor added the event.
   */
  field: z.enum(['title', 'date', 'type', 'place', 'country', 'count', 'merged', 'added']),
  /** The extracted value (for `merged`, the id of the event that joined this one). */
  from: z.union([z.string(), z.number(), z.null()]),
  /** The editor's value (for `merged`, this event's id). */
  to: z.union([z.string(), z.number(), z.null()]),
  /** Why, in the editor's words (French). */
  note: z.string(),
  /** The day the correction was made, when the file says it. */
  correctedOn: isoDate.nullable(),
});

/** An event the editors withdrew: its id, what it was, and why. */
export const withdrawnSchema = z.object({
  /** The withdrawn event's id (its address keeps a page saying it was withdrawn, if it was published). */
  id: z.string(),
  /** Its title when it was withdrawn. */
  title: z.string(),
  /** Why, in the editor's words (French). */
  note: z.string(),
  /** The day it was withdrawn, when the file says it. */
  correctedOn: isoDate.nullable(),
});

export const eventSchema = z.object({
  /** A stable, readable slug: the permalink. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** One of the registry's ids (src/event-types.ts). */
  type: z.enum(EVENT_TYPES as [EventType, ...EventType[]]),
  /** A short title in the corpus language. */
  title: z.string(),
  date: z.object({
    start: isoDate,
    end: isoDate,
    precision: z.enum(['day', 'month', 'year']),
    /** `from-context`: the report gave no date; the article's context did (see README, "Dates"). */
    derivation: z.enum(['stated', 'relative-to-publication', 'inferred-from-corpus', 'from-context']),
  }),
  /** ISO 3166-1 alpha-2 code of where it happened, when known. */
  country: z.string().length(2).nullable(),
  /** The city, when known. */
  place: z.string().nullable(),
  /** Who acted (a country's name), when known. */
  agent: z.string().nullable(),
  /** Who was arrested or expelled, as the sources say it. */
  patient: z.string().nullable(),
  /** How many people, when said. */
  count: z.number().int().positive().nullable(),
  citations: z.array(citationSchema).min(1),
  conflicts: z.array(conflictSchema),
  /** `added` by an editor, or `extracted` (absent: extracted and never corrected). */
  origin: z.enum(['extracted', 'added']).optional(),
  /** What the editors changed, in the order they did (absent: nothing). */
  corrections: z.array(correctionSchema).optional(),
});

/** A file that is not a source: unreadable, empty, binary, or a duplicate. */
export const problemSchema = z.object({
  file: z.string(),
  reason: z.string(),
});

export const contractSchema = z.object({
  /** The number of articles read. */
  generatedFrom: z.number().int().nonnegative(),
  sources: z.array(sourceSchema),
  events: z.array(eventSchema),
  /** Files that gave no source, and why (added after the first version: absent means none). */
  problems: z.array(problemSchema).default([]),
  /** Events the editors withdrew (absent: none). */
  withdrawn: z.array(withdrawnSchema).optional(),
});

export type SourceRecord = z.infer<typeof sourceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Contract = z.infer<typeof contractSchema>;
export type PublishedEvidence = z.infer<typeof publishedEvidenceSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Withdrawn = z.infer<typeof withdrawnSchema>;
