/**
 * The table both spreadsheets share (events.csv and events.xlsx): one row per event with its
 * date in words and precision, place, country name, number of sources and first quote, and
 * one row per citation for the workbook's second sheet. Text cells are made safe for
 * spreadsheets here, once.
 */
import type { EventRecord, SourceRecord } from '../../extract/schema.ts';
import { absolute, paths } from '../urls.ts';
import { countryName, eventDate, sourceName } from '../view.ts';
import { typeLabels } from '../strings.fr.ts';
import { spreadsheetText } from './cells.ts';

export type Cell = string | number;

/** The event table's columns, in order (documented in the README). */
export const EVENT_COLUMNS = ['id', 'type', 'type_label', 'title', 'date', 'date_start', 'date_end', 'precision', 'derivation',
  'country', 'country_name', 'place', 'agent', 'patient', 'count', 'source_count', 'citation_count', 'first_quote',
  'first_quote_source', 'source_ids', 'url'] as const;

/** The citation table's columns: one row per quote. */
export const CITATION_COLUMNS = ['event_id', 'event_title', 'date', 'source_id', 'source', 'outlet', 'published', 'source_url',
  'quote', 'date_text', 'url'] as const;

const text = (value: string | null | undefined) => spreadsheetText(value ?? '');

/** One row per event, in the columns of EVENT_COLUMNS. */
export function eventRows(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined): Cell[][] {
  return events.map((e) => {
    const ids = [...new Set(e.citations.map((c) => c.source))];
    const first = e.citations[0];
    return [text(e.id), e.type, text(typeLabels[e.type]), text(e.title), text(eventDate(e)), e.date.start, e.date.end, e.date.precision,
      e.date.derivation, e.country ?? '', text(countryName(e.country)), text(e.place), text(e.agent), text(e.patient), e.count ?? '',
      ids.length, e.citations.length, text(first?.quote), first ? text(sourceName(sources.get(first.source), first.source)) : '',
      text(ids.join('; ')), absolute(paths.event(e.id), site)];
  });
}

/** One row per citation, in the columns of CITATION_COLUMNS. */
export function citationRows(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined): Cell[][] {
  return events.flatMap((e) => e.citations.map((c) => {
    const s = sources.get(c.source);
    return [text(e.id), text(e.title), text(eventDate(e)), text(c.source), text(sourceName(s, c.source)), text(s?.outlet),
      s?.published ?? '', text(s?.url), text(c.quote), text(c.dateText), absolute(paths.event(e.id), site)];
  }));
}
