/**
 * events.xlsx, for people whose Excel expects semicolons in a CSV: a sheet of events (one
 * row per event, as events.csv) and a sheet of citations (one row per quote), written with
 * write-excel-file. Every cell is a value, never a formula.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import type { EventRecord, SourceRecord } from '../../extract/schema.ts';
import { CITATION_COLUMNS, EVENT_COLUMNS, citationRows, eventRows, type Cell } from './rows.ts';

/** The sheets' names, as Excel shows them in their tabs. */
export const SHEETS = { events: 'Événements', citations: 'Citations' } as const;

function sheet(columns: readonly string[], rows: Cell[][]): SheetData {
  const header = columns.map((value) => ({ value, fontWeight: 'bold' as const }));
  return [header, ...rows.map((row) => row.map((value) => (value === '' ? null : { value })))];
}

/**
 * The workbook's bytes. Its zip entries are dated `stamp` (the corpus's newest article), not
 * the build clock, so that two builds of the same articles are identical.
 */
export async function eventsXlsx(events: EventRecord[], sources: Map<string, SourceRecord>, site: URL | undefined, stamp = '2000-01-01'): Promise<Buffer> {
  const written = await writeXlsxFile([
    { data: sheet(EVENT_COLUMNS, eventRows(events, sources, site)), sheet: SHEETS.events, stickyRowsCount: 1 },
    { data: sheet(CITATION_COLUMNS, citationRows(events, sources, site)), sheet: SHEETS.citations, stickyRowsCount: 1 },
  ]).toBuffer();
  return Buffer.from(zipSync(unzipSync(new Uint8Array(written)), { mtime: new Date(`${stamp}T12:00:00Z`), level: 9 }));
}
