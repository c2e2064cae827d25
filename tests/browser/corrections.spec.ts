/**
 * Editorial corrections through a real build: dist-news is built with
 * tests/fixtures/corrections/corrections.yaml (one entry of each kind) and its permalinks,
 * so every page, feed, export, embed and preview card must show the corrected data.
 */
import { expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import Ajv2020Module from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import readXlsxFile from 'read-excel-file/node';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Contract, EventRecord } from '../../src/extract/schema.ts';
import { renderCard } from '../../src/site/og-image.ts';
import { t, typeLabels } from '../../src/site/strings.fr.ts';
import { countryName, eventDate } from '../../src/site/view.ts';

const NEWS = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4322) + 2}`;
test.use({ baseURL: NEWS });

const CORRECTED = '2024-05-02-arrest-gabon';
const NEW_TITLE = 'Arrestation de l\'ancien ministre du Budget à Libreville';
const OLD_TITLE = 'Arrestation d’un ancien ministre gabonais à Libreville';
const REJECTED = '2023-09-27-arrest-burkina-faso';
const REJECTED_TITLE = 'Arrestation de quatre officiers à Ouagadougou';
const KEPT = '2022-01-24-coup-burkina-faso';
const MERGED = '2022-01-24-arrest-burkina-faso';
const ADDED = '2025-06-arrest-dakar';

let contract: Contract;
test.beforeAll(async ({ request }) => {
  contract = await (await request.get(`${NEWS}/events.json`)).json() as Contract;
});
const byId = (id: string) => contract.events.find((e) => e.id === id);

test('the corrected event page shows the corrected fields, «Corrigé par la rédaction», what changed and the note', async ({ page }) => {
  await page.goto(`/evenements/${CORRECTED}/`);
  await expect(page.locator('h1')).toHaveText(NEW_TITLE);
  const note = page.locator('aside.correction');
  await expect(note).toContainText('Corrigé par la rédaction');
  await expect(note).toContainText('le 20 novembre 2026');
  await expect(note).toContainText('Date : 1 mai 2024 (au lieu de 2 mai 2024)');
  await expect(note).toContainText(`Titre : ${NEW_TITLE} (au lieu de ${OLD_TITLE})`);
  await expect(note).toContainText('interpellé la veille au soir');
  await expect(page.locator('dl.facts time')).toHaveAttribute('datetime', '2024-05-01');
  await expect(page.locator('dl.facts')).toContainText('date corrigée par la rédaction');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', NEW_TITLE);
  await note.getByRole('link', { name: 'Toutes les corrections' }).click();
  await expect(page).toHaveURL(`${NEWS}/corrections/`);
});

test('the contract carries the corrections, stays valid against its JSON Schema, and leaves out what was withdrawn or merged', async ({ request }) => {
  const schema = await (await request.get('/events.schema.json')).json();
  const ajv = new Ajv2020Module.default({ strict: false });
  expect(ajv.validate(schema, contract), JSON.stringify(ajv.errors)).toBe(true);
  expect(contract.events).toHaveLength(33);
  const corrected = byId(CORRECTED)!;
  expect(corrected).toMatchObject({ title: NEW_TITLE, date: { start: '2024-05-01', end: '2024-05-01', precision: 'day' }, origin: 'extracted' });
  expect(corrected.corrections!.map((c) => [c.field, c.from, c.to])).toEqual([['title', OLD_TITLE, NEW_TITLE], ['date', '2024-05-02', '2024-05-01']]);
  expect(byId(REJECTED)).toBeUndefined();
  expect(contract.withdrawn).toEqual([expect.objectContaining({ id: REJECTED, title: REJECTED_TITLE, correctedOn: '2026-11-21' })]);
  expect(byId(MERGED)).toBeUndefined();
  expect(byId(KEPT)!.corrections).toEqual([expect.objectContaining({ field: 'merged', from: MERGED, to: KEPT })]);
  // The kept event's own quote, then the one of the event that joined it.
  expect(byId(KEPT)!.citations.map((c) => c.quote.slice(0, 30))).toEqual(['L\'armée a pris le pouvoir le 2', 'Le président Roch Marc Christi']);
  expect(contract.events.filter((e) => !e.corrections).every((e) => e.origin === undefined)).toBe(true);
});

test('an added event is marked «Ajouté par la rédaction» and its quote is verbatim at its offsets in its article', async ({ page }) => {
  const added = byId(ADDED)!;
  expect(added).toMatchObject({ origin: 'added', type: 'arrest', country: 'SN', place: 'Dakar', count: 2, date: { start: '2025-06-01', end: '2025-06-30', precision: 'month' } });
  const text = readFileSync('tests/fixtures/corrections/articles/senegal-sans-date.md', 'utf8');
  for (const c of added.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
  await page.goto(`/evenements/${ADDED}/`);
  await expect(page.locator('aside.correction')).toContainText('Ajouté par la rédaction');
  await expect(page.locator('aside.correction')).toContainText('Oublié par l\'extraction');
  await expect(page.locator('dl.facts')).toContainText('juin 2025 (au mois près, date donnée par la rédaction)');
  await expect(page.locator('.citations blockquote')).toHaveText(added.citations[0]!.quote);
  await page.goto(`/#${ADDED}`);
  await expect(page.locator(`#liste-${ADDED}`)).toContainText('Arrestation de deux militants à Dakar');
});

test('the list marks the events the editors corrected or added (the event page says what changed)', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator(`#liste-${CORRECTED} .what`)).toHaveText(`${NEW_TITLE} · corrigé`);
  await expect(page.locator(`#liste-${ADDED} .what`)).toContainText('· ajouté par la rédaction');
  const contract = await (await request.get('/events.json')).json() as { events: { corrections?: unknown[] }[] };
  await expect(page.locator('#event-list .flag')).toHaveCount(contract.events.filter((e) => e.corrections).length);
});

test('a withdrawn published event keeps its address: «Retiré par la rédaction», the note, not indexed, and in no list', async ({ page, request }) => {
  const response = await page.goto(`/evenements/${REJECTED}/`);
  expect(response!.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Retiré par la rédaction');
  await expect(page.locator('main')).toContainText(`« ${REJECTED_TITLE} »`);
  await expect(page.locator('main')).toContainText('démentie par l\'état-major');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('.citations')).toHaveCount(0);
  const embed = await page.goto(`/embed/${REJECTED}/`);
  expect(embed!.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Retiré par la rédaction');
  await page.goto('/');
  await expect(page.locator(`#liste-${REJECTED}`)).toHaveCount(0);
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain(`/evenements/${REJECTED}/`);
});

test('a merged event\'s other id is an alias: its old address leads to the event it joined', async ({ page }) => {
  await page.goto(`/evenements/${MERGED}/`);
  await expect(page).toHaveURL(`${NEWS}/evenements/${KEPT}/`);
  await expect(page.locator('aside.correction')).toContainText('Arrestation du président Roch Marc Christian Kaboré à Ouagadougou');
  await expect(page.locator('aside.correction')).toContainText('un seul événement');
});

test('feeds and exports show the corrected data and leave out the withdrawn and merged events', async ({ request }) => {
  const csv = parseCsv((await (await request.get('/events.csv')).body()).toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const row = csv.find((r) => r.id === CORRECTED)!;
  expect(row.title).toBe(NEW_TITLE);
  expect(row.date_start).toBe('2024-05-01');
  expect(csv.map((r) => r.id)).not.toContain(REJECTED);
  expect(csv.map((r) => r.id)).not.toContain(MERGED);
  expect(csv.map((r) => r.id)).toContain(ADDED);

  const book = await readXlsxFile(await (await request.get('/events.xlsx')).body());
  const sheetRow = book[0]!.data.find((r) => r[0] === CORRECTED)!;
  expect(sheetRow).toContain(NEW_TITLE);

  const cal = new ICAL.Component(ICAL.parse(await (await request.get('/events.ics')).text()));
  const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const entry = vevents.find((v) => v.uid.startsWith(`${CORRECTED}@`))!;
  expect(entry.summary).toBe(NEW_TITLE);
  expect(entry.startDate.toString()).toBe('2024-05-01');
  expect(vevents.some((v) => v.uid.startsWith(`${REJECTED}@`))).toBe(false);

  const rssText = await (await request.get('/rss.xml')).text();
  expect(XMLValidator.validate(rssText)).toBe(true);
  const items = new XMLParser().parse(rssText).rss.channel.item as { title: string; link: string }[];
  expect(items.find((i) => i.link.endsWith(`/evenements/${CORRECTED}/`))!.title).toBe(NEW_TITLE);
  expect(items.map((i) => i.title)).not.toContain(OLD_TITLE);
  expect(items.some((i) => i.link.includes(REJECTED))).toBe(false);

  const oembed = await (await request.get(`/oembed/${CORRECTED}.json`)).json();
  expect(oembed.title).toBe(NEW_TITLE);
});

test('the single-event embed shows the corrected title and the mark', async ({ page }) => {
  await page.goto(`/embed/${CORRECTED}/`);
  await expect(page.locator('h1')).toHaveText(NEW_TITLE);
  await expect(page.locator('[data-correction="corrected"]')).toHaveText('Corrigé par la rédaction');
  await expect(page.locator('.embed-card')).toContainText('1 mai 2024');
});

test('the preview card is drawn from the corrected data', async ({ page, request }) => {
  test.slow(); // draws a card
  const png = await (await request.get(`/og/${CORRECTED}.png`)).body();
  // The card's colour band, read from the image itself (the type's colour).
  await page.setContent('<canvas width="1" height="1"></canvas>');
  const colour = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.querySelector('canvas')!.getContext('2d')!;
    c.drawImage(img, -600, -5);
    const [r, g, b] = c.getImageData(0, 0, 1, 1).data;
    return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
  }, png.toString('base64'));
  const card = (e: EventRecord) => ({
    typeLabel: typeLabels[e.type], colour, date: eventDate(e), title: e.title,
    place: [e.place, countryName(e.country)].filter(Boolean).join(', ') || null, sources: t.sourcesCount(e.citations.length), site: t.siteTitle,
  });
  const corrected = byId(CORRECTED)!;
  expect(Buffer.compare(await renderCard(card(corrected)), png)).toBe(0);
  const asExtracted = { ...corrected, title: OLD_TITLE, date: { ...corrected.date, start: '2024-05-02', end: '2024-05-02' } };
  expect(Buffer.compare(await renderCard(card(asExtracted)), png)).not.toBe(0);
});

test('/corrections/ lists every correction newest first, the undated last, and is linked from every page\'s footer', async ({ page }) => {
  await page.goto('/');
  await page.locator('footer.site').getByRole('link', { name: 'Corrections' }).click();
  await expect(page).toHaveURL(`${NEWS}/corrections/`);
  const entries = page.locator('ol.column > li');
  await expect(entries).toHaveCount(5);
  expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['add', 'merge', 'reject', 'set', 'add']);
  await expect(entries.nth(0)).toContainText('23 novembre 2026');
  await expect(entries.nth(4)).toContainText('date non précisée');
  await expect(entries.nth(3)).toContainText('Date : 1 mai 2024 (au lieu de 2 mai 2024)');
  await expect(entries.nth(2).locator('a')).toHaveAttribute('href', `/evenements/${REJECTED}/`);
});

test('/rapport/ lists the events worth checking with a correction stub, and leaves out what was corrected', async ({ page }) => {
  await page.goto('/rapport/');
  const review = page.locator('ol.review > li');
  expect(await review.count()).toBeGreaterThan(5);
  await expect(review.first()).toContainText('les sources divergent sur la date');
  await expect(review.first().locator('pre')).toContainText('- event: ');
  await expect(page.locator(`[data-review="${CORRECTED}"]`)).toHaveCount(0);
  await expect(page.locator('[data-review="senegal-sans-date"]')).toHaveCount(0);
});

test.describe('accessibility and screenshots', () => {
  const pages = { corrected: `/evenements/${CORRECTED}/`, withdrawn: `/evenements/${REJECTED}/`, column: '/corrections/', added: `/evenements/${ADDED}/`, report: '/rapport/' };
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 375]) {
      test(`axe finds no violations on ${path} at ${width} px, light and dark; screenshot`, async ({ page }, info) => {
        await page.setViewportSize({ width, height: 900 });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
        // Nothing wider than the screen: a phone never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.screenshot({ path: info.outputPath(`corrections-${name}-${width}.png`), fullPage: true });
      });
    }
  }
});
