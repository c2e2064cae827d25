/**
 * events.csv: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte order mark so that
 * Excel reads the accents; one row per event (see rows.ts for the columns).
 */
import { stringify } from 'csv-stringify/sync';
import type { EventRecord, SourceRecord } from '../../extract/schema.ts';
import { EVENT_COLUMNS, eventRows } from './rows.ts';

/** The CSV file's text, BOM included. */
export function eventsCsv(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined): string {
  return stringify(eventRows(events, sources, site), { header: true, columns: [...EVENT_COLUMNS], bom: true, record_delimiter: 'windows' });
}
