/** What readers are told of the editors' corrections: each change in words, and the column's order. */
import type { Correction, EventRecord } from '../../extract/schema.ts';
import { correctionStrings as tc, typeLabels } from '../strings.fr.ts';
import { countryName } from '../view.ts';
import { formatPlain } from '../format.ts';
import { fr } from 'date-fns/locale/fr';
import type { ColumnEntry } from './apply.ts';
import { paths } from '../urls.ts';

/** The corrections column's address (not in `paths`, which the browser scripts bundle). */
export const correctionsPath = () => `${paths.home()}corrections/`;

/** A day, month or year in words without the weekday: «1 mai 2024», «juin 2025». */
export const plainDay = (value: string) => formatPlain(value, fr);

/** A corrected value in words: a date at its precision, a type's label, a country's name. */
function valueText(field: Correction['field'], value: Correction['from']): string {
  if (value === null) return tc.none;
  if (field === 'date') return plainDay(String(value));
  if (field === 'type') return typeLabels[value as EventRecord['type']] ?? String(value);
  if (field === 'country') return countryName(String(value)) ?? String(value);
  return String(value);
}

/** The changes of a correction list that a reader reads as «Date : 1 mai 2024 (au lieu de 2 mai 2024)». */
export function changeLines(corrections: Correction[]): string[] {
  return corrections.filter((c) => c.field !== 'merged' && c.field !== 'added')
    .map((c) => tc.change(tc.fields[c.field] ?? c.field, valueText(c.field, c.to), valueText(c.field, c.from)));
}

/** How an event's date was set when the editors set it (else null: the derivation says it). */
export function editorsDate(e: EventRecord): string | null {
  if (e.origin === 'added') return tc.dateAdded;
  return e.corrections?.some((c) => c.field === 'date') ? tc.dateCorrected : null;
}

/** The notes of a correction list, once each, in order. */
export const notesOf = (corrections: Correction[]) => [...new Set(corrections.map((c) => c.note))];

/**
 * The corrections column, newest first: by the day each entry gives, then (the same day,
 * or no day given) the later in the file first; entries without a day come last.
 */
export function newestFirst(entries: ColumnEntry[]): ColumnEntry[] {
  return [...entries].sort((a, b) => (a.correctedOn === b.correctedOn ? b.index - a.index
    : a.correctedOn === null ? 1 : b.correctedOn === null ? -1 : a.correctedOn < b.correctedOn ? 1 : -1));
}
