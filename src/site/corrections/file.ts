/**
 * The corrections file (`corrections.yaml`): an editor's list of changes to the extracted
 * events, checked with Zod. Every object is strict (an unknown key is an error) and every
 * message names the entry: its number in the file and the event it is about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { eventSchema } from '../../extract/schema.ts';

const eventId = eventSchema.shape.id;
/** A real calendar day, YYYY-MM-DD. */
const realDay = (s: string) => s.length !== 10 || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine(realDay, 'not a real calendar day');
/** An event's date: a day, a month (YYYY-MM) or a year (YYYY; YAML reads a bare year as a number). */
const eventDay = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY').refine(realDay, 'not a real calendar day'));
const type = eventSchema.shape.type;
const precision = eventSchema.shape.date.shape.precision;
const country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals (ML, FR)');
const note = z.string().trim().min(1, 'a note is required: say why, in French, for the readers');

/** What every entry has: why (shown to readers) and the day it was made (orders /corrections/). */
const common = { note, date: day.optional() };

/** The fields an editor may set on an event. */
export const setSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
  date: eventDay.optional(),
  precision: precision.optional(),
  type: type.optional(),
  place: z.string().trim().min(1).nullable().optional(),
  country: country.nullable().optional(),
  count: z.number().int().positive().nullable().optional(),
}).refine((s) => Object.keys(s).length > 0, 'set changes nothing: give at least one field');

/** Fix fields of an event. */
export const setEntry = z.strictObject({ event: eventId, set: setSchema, ...common });
/** Withdraw an event (its published address keeps a page saying so). */
export const rejectEntry = z.strictObject({ event: eventId, reject: z.literal(true), ...common });
/** Merge events: the first is kept, the others join it and their ids become its aliases. */
export const mergeEntry = z.strictObject({
  merge: z.array(eventId).min(2, 'merge needs the event to keep and at least one other').refine((ids) => new Set(ids).size === ids.length, 'an id appears twice'),
  ...common,
});
/** A citation of an added event: a sentence of an article, verbatim. */
export const addedCitation = z.strictObject({ source: z.string().min(1), quote: z.string().trim().min(1) });
/** Add an event the extraction missed. */
export const addEntry = z.strictObject({
  add: z.strictObject({
    /** Its id; by default a slug from its date, type and place (or country). */
    id: eventId.optional(),
    type,
    title: z.string().trim().min(1),
    date: eventDay,
    precision: precision.optional(),
    country: country.nullable().optional(),
    place: z.string().trim().min(1).nullable().optional(),
    agent: z.string().trim().min(1).nullable().optional(),
    patient: z.string().trim().min(1).nullable().optional(),
    count: z.number().int().positive().nullable().optional(),
    citations: z.array(addedCitation).min(1, 'an added event needs at least one citation'),
  }),
  ...common,
});

export type SetEntry = z.infer<typeof setEntry>;
export type RejectEntry = z.infer<typeof rejectEntry>;
export type MergeEntry = z.infer<typeof mergeEntry>;
export type AddEntry = z.infer<typeof addEntry>;
export type CorrectionEntry = SetEntry | RejectEntry | MergeEntry | AddEntry;

/** An entry as the messages name it: `entry 3 (event "2021-coup-mali")`. */
export function entryLabel(index: number, entry: unknown): string {
  const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
  const add = (e.add && typeof e.add === 'object' ? e.add : {}) as Record<string, unknown>;
  const about = typeof e.event === 'string' ? `event ${JSON.stringify(e.event)}`
    : Array.isArray(e.merge) ? `merge ${JSON.stringify(e.merge[0] ?? null)}`
      : e.add ? `add ${JSON.stringify(add.id ?? add.title ?? null)}` : null;
  return `entry ${index + 1}${about ? ` (${about})` : ''}`;
}

/** The schema an entry is read with: its kind is told by its keys. */
function schemaOf(entry: Record<string, unknown>) {
  if ('merge' in entry) return mergeEntry;
  if ('add' in entry) return addEntry;
  if ('reject' in entry) return rejectEntry;
  if ('event' in entry) return setEntry;
  return null;
}

/** A Zod issue in words, with where it is (`set.date: …`, `unknown key "sett"`). */
function issueText(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${at}missing`;
  if (issue.code === 'unrecognized_keys') return `${at}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  return `${at}${issue.message}`;
}

/** Thrown with every problem of the file at once. */
export class CorrectionsError extends Error {
  override name = 'CorrectionsError';
}

/** The message a failed check throws: the file, each entry with its reason, and the fix. */
export function correctionsMessage(file: string, problems: { label: string; reason: string; fix: string }[]): string {
  return [
    `Corrections check failed: ${problems.length} entr${problems.length > 1 ? 'ies' : 'y'} of ${file} cannot be applied:`,
    ...problems.map((p) => `  - ${p.label}: ${p.reason}.\n    Fix: ${p.fix}`),
    `Nothing was built: a correction that is not applied would say something the site does not do.`,
  ].join('\n');
}

/** Parses the text of a corrections file (YAML): the entries, or a CorrectionsError naming each bad one. */
export function parseCorrections(text: string, file = 'corrections.yaml'): CorrectionEntry[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new CorrectionsError(correctionsMessage(file, [{ label: 'the file', reason: `not valid YAML (${(error as Error).message.split('\n')[0]})`, fix: 'correct the YAML syntax (a list of entries, each starting with "- ")' }]));
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new CorrectionsError(correctionsMessage(file, [{ label: 'the file', reason: 'not a list of entries', fix: 'write one entry per item, each starting with "- " (see README, "Correcting the timeline")' }]));
  const entries: CorrectionEntry[] = [];
  const problems: { label: string; reason: string; fix: string }[] = [];
  data.forEach((raw, index) => {
    const label = entryLabel(index, raw);
    const schema = raw && typeof raw === 'object' && !Array.isArray(raw) ? schemaOf(raw as Record<string, unknown>) : null;
    if (!schema) {
      problems.push({ label, reason: 'says neither which event (event:), nor merge:, nor add:', fix: 'start the entry with "event: <id>" (and set: or reject: true), "merge: [<keep>, <other>]" or "add:"' });
      return;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else problems.push({ label, reason: [...parsed.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys')).map(issueText).join('; '), fix: 'write the entry as README, "Correcting the timeline", shows (unknown keys are refused, not ignored)' });
  });
  if (problems.length > 0) throw new CorrectionsError(correctionsMessage(file, problems));
  return entries;
}

/**
 * The corrections file the site is built with: `CORRECTIONS_FILE`, else `corrections.yaml`
 * at the project's root. An absent or empty file is no correction.
 */
export const correctionsFile = process.env.CORRECTIONS_FILE ?? 'corrections.yaml';

/** Reads and checks a corrections file; an absent file gives no entry. */
export function readCorrections(file = correctionsFile): CorrectionEntry[] {
  if (!existsSync(file)) {
    if (process.env.CORRECTIONS_FILE) throw new CorrectionsError(correctionsMessage(file, [{ label: 'the file', reason: 'not found', fix: 'check the path given in CORRECTIONS_FILE' }]));
    return [];
  }
  return parseCorrections(readFileSync(file, 'utf8'), file);
}
