/** The exports, parsed by the libraries their readers use: CSV, workbook, calendar, feed. */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { unzipSync, strFromU8 } from 'fflate';
import { eventsCsv } from '../../../src/site/exports/csv.ts';
import { eventsXlsx, SHEETS } from '../../../src/site/exports/xlsx.ts';
import { eventsIcs } from '../../../src/site/exports/ics.ts';
import { rssItems, publicationDay } from '../../../src/site/exports/rss.ts';
import { CITATION_COLUMNS, EVENT_COLUMNS } from '../../../src/site/exports/rows.ts';
import { countryName, registerSources } from '../../../src/site/view.ts';
import type { EventRecord, SourceRecord } from '../../../src/extract/schema.ts';
import { extractFolder } from '../../helpers.ts';

const site = new URL('https://chronologie.test/');
const contract = extractFolder('seeds');
registerSources(contract.sources);
const sources = new Map(contract.sources.map((s) => [s.id, s]));
const events = contract.events;

/** An event whose every text field is hostile: a formula, control characters, a CSV breakout. */
function hostile(): { events: EventRecord[]; sources: Map<string, SourceRecord> } {
  const base = events.find((e) => e.date.precision === 'day')!;
  const source: SourceRecord = { ...sources.get(base.citations[0]!.source)!, id: '=HYPERLINK("https://evil.example","x")', title: null, outlet: '@SUM(A1)', url: null };
  const event: EventRecord = {
    ...base, id: 'hostile', title: '=HYPERLINK("https://evil.example","Cliquez")', place: '-2+3\fLomé', agent: '+cmd|calc', patient: '\tTAB',
    citations: [{ ...base.citations[0]!, source: source.id, quote: 'Un saut de page\f ici, "guillemets", virgule, et\u0001 un contrôle' }],
  };
  return { events: [event], sources: new Map([[source.id, source]]) };
}

describe('events.csv', () => {
  const csv = eventsCsv(events, sources, site);
  it('is UTF-8 with a byte order mark, CRLF records and the documented columns', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toMatch(/^\uFEFFid,type,type_label,title,date,.*\r\n/);
    const rows = parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(events.length);
  });
  it('gives the date in words and its precision, the country name, the number of sources and the first quote', () => {
    const rows = parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[];
    const coup = rows.find((r) => r.id === '2020-coup-mali')!;
    expect(coup).toMatchObject({ date: '2020', precision: 'year', country: 'ML', country_name: 'Mali', type_label: 'Coup d’État' });
    expect(Number(coup.source_count)).toBeGreaterThan(1);
    const two = rows.find((r) => r.id === '2025-09-19-expulsion-france-mali')!;
    expect(two.date).toBe('vendredi 19 septembre 2025');
    const event = events.find((e) => e.id === two.id)!;
    expect(two.first_quote).toBe(event.citations[0]!.quote);
    expect(two.first_quote_source).not.toMatch(/^\d{3}_/);
    expect(two.url).toBe('https://chronologie.test/evenements/2025-09-19-expulsion-france-mali/');
  });
  it('never starts a cell with a formula, and drops control characters', () => {
    const h = hostile();
    const rows = parseCsv(eventsCsv(h.events, h.sources, site), { columns: true, bom: true }) as Record<string, string>[];
    const row = rows[0]!;
    for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    expect(row.title).toBe(`'=HYPERLINK("https://evil.example","Cliquez")`);
    expect(row.place).toBe("'-2+3 Lomé");
    expect(row.agent).toBe("'+cmd|calc");
    expect(row.patient).toBe("'\tTAB");
    expect(row.first_quote_source).toMatch(/^'[=@]/);
    expect(row.first_quote).toBe('Un saut de page  ici, "guillemets", virgule, et un contrôle');
  });
});

describe('events.xlsx', () => {
  it('has a sheet of events, one row per event, and a sheet of citations, one row per quote', async () => {
    const book = await readXlsxFile(await eventsXlsx(events, sources, site));
    expect(book.map((s) => s.sheet)).toEqual([SHEETS.events, SHEETS.citations]);
    const [head, ...rows] = book[0]!.data;
    expect(head).toEqual([...EVENT_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(events.map((e) => e.id));
    const [citeHead, ...cites] = book[1]!.data;
    expect(citeHead).toEqual([...CITATION_COLUMNS]);
    expect(cites).toHaveLength(events.reduce((n, e) => n + e.citations.length, 0));
    expect(cites.map((r) => r[8])).toEqual(events.flatMap((e) => e.citations.map((c) => c.quote)));
  });
  it('holds no formula, even from a hostile article', async () => {
    const h = hostile();
    const bytes = await eventsXlsx(h.events, h.sources, site);
    const files = unzipSync(new Uint8Array(bytes));
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(2);
    for (const f of sheets) expect(strFromU8(files[f]!)).not.toMatch(/<f[ >]/);
    const [, row] = (await readXlsxFile(bytes))[0]!.data;
    expect(row![3]).toBe(`'=HYPERLINK("https://evil.example","Cliquez")`);
  });
});

describe('events.ics', () => {
  const cal = new ICAL.Component(ICAL.parse(eventsIcs(events, sources, site)));
  const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  it('has one all-day entry, one day long, per event dated to the day, and says the others are left out', () => {
    expect(vevents.map((v) => v.uid.split('@')[0])).toEqual(events.filter((e) => e.date.precision === 'day').map((e) => e.id));
    expect(events.some((e) => e.date.precision !== 'day')).toBe(true);
    for (const v of vevents) {
      expect(v.startDate.isDate).toBe(true);
      expect(v.endDate.subtractDate(v.startDate).toSeconds()).toBe(86_400);
    }
    expect(cal.getFirstPropertyValue('x-wr-caldesc')).toMatch(/au mois ou à l’année n’y figurent pas/);
  });
  it('has readable titles and places: no type repeated, the country by name', () => {
    const two = vevents.find((v) => v.uid.startsWith('2025-09-19-expulsion-france-mali'))!;
    expect(two.summary).toBe('La France expulse deux diplomates maliens');
    expect(two.location).toMatch(/France$/);
    expect(two.description).toMatch(/^Expulsion\./);
  });
  it('drops control characters and escapes text', () => {
    const h = hostile();
    const text = eventsIcs(h.events, h.sources, site);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const v = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(v.location).toBe(`-2+3 Lomé, ${countryName(h.events[0]!.country)}`);
    expect(v.description).toContain('« Un saut de page  ici, "guillemets", virgule, et un contrôle »');
  });
});

describe('rss.xml', () => {
  const day = (e: EventRecord) => e.citations.map((c) => sources.get(c.source)?.published).filter(Boolean).sort()[0];
  it('dates an item when its event was first published here, else when its first article appeared, never by the event', () => {
    const old = events.find((e) => e.id === '2020-coup-mali')!;
    expect(publicationDay(old, sources, new Map([[old.id, '2026-11-20']]))).toBe('2026-11-20');
    expect(publicationDay(old, sources, new Map())).toBe(day(old));
    expect(publicationDay(old, sources, new Map())).not.toBe(old.date.start);
    const items = rssItems(events, sources, new Map([[old.id, '2026-11-20']]), site);
    expect(items[0]!.link).toBe('https://chronologie.test/evenements/2020-coup-mali/');
    expect(items[0]!.pubDate!.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
  it('is well-formed XML for a strict parser, whatever the articles hold', async () => {
    const h = hostile();
    for (const [list, map] of [[events, sources], [h.events, h.sources]] as const) {
      const xml = await getRssString({ title: 't', description: 'd', site: site.href, items: rssItems(list, map, new Map(), site) });
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      const parsed = new XMLParser().parse(xml);
      expect(parsed.rss.channel.item).toBeDefined();
    }
  });
});
