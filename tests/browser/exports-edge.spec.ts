/**
 * Exports of the site built from hostile articles: a file named like a formula puts no formula
 * in the spreadsheets, and a form feed in an article leaves every feed well-formed.
 */
import { expect, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import ICAL from 'ical.js';

const EDGE = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4322) + 1}`;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

test('no cell of events.csv or events.xlsx starts a formula, even from a file named =HYPERLINK(…)', async ({ request }) => {
  const rows = parseCsv(await (await request.get(`${EDGE}/events.csv`)).text(), { bom: true }) as string[][];
  const cells = rows.flat();
  expect(cells.some((c) => c.includes('=HYPERLINK(0+1)'))).toBe(true);
  for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  const book = await readXlsxFile(await (await request.get(`${EDGE}/events.xlsx`)).body());
  const values = book.flatMap((s) => s.data.flat()).filter((v): v is string => typeof v === 'string');
  expect(values).toContain("'=HYPERLINK(0+1)");
  for (const value of values) expect(value).not.toMatch(/^[=+\-@\t\r]/);
});

test('a form feed in an article leaves rss.xml, the sitemaps and events.ics well-formed', async ({ request }) => {
  for (const path of ['/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml']) {
    const xml = await (await request.get(`${EDGE}${path}`)).text();
    expect(XMLValidator.validate(xml), path).toBe(true);
    expect(xml, path).not.toMatch(CONTROL);
  }
  const ics = await (await request.get(`${EDGE}/events.ics`)).text();
  expect(ics).not.toMatch(CONTROL);
  const benin = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    .find((v) => v.uid.startsWith('2024-06-11-arrest-benin'))!;
  expect(benin.description).toContain('arrêté quatre syndicalistes');
  expect(benin.location).toBe('Cotonou, Bénin');
});
