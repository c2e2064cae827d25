/** Sharing and embedding, as a journalist would: preview cards, the embed dialog, a host page, the feeds. */
import { expect, test, type Page } from '@playwright/test';
import Ajv2020Module from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import readXlsxFile from 'read-excel-file/node';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';

const TWO = '2025-09-19-expulsion-france-mali';

/**
 * Opens a page of another site (another origin on this machine, as a news site would be)
 * whose HTML is `body`.
 */
async function hostPage(page: Page, baseURL: string | undefined, body: string): Promise<void> {
  const url = new URL('/article-hote.html', baseURL!.replace('127.0.0.1', 'localhost')).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="fr"><head><title>Article</title></head><body>${body}</body></html>` }));
  await page.goto(url);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer): [number, number] {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

test('every event page has canonical, OpenGraph, Twitter and JSON-LD tags, and a 1200×630 PNG card', async ({ page, request }) => {
  const events = (await (await request.get('/events.json')).json()).events as { id: string; title: string }[];
  for (const e of events) {
    await page.goto(`/evenements/${e.id}/`);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/evenements/${e.id}/$`));
    expect(await meta('meta[property="og:title"]')).toBe(e.title);
    expect(await meta('meta[property="og:description"]')).toMatch(/sources?/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]'))!;
    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual([1200, 630]);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(e.title);
    const oembedHref = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(oembedHref!)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: e.title });
    expect(oembed.html).toContain(`/embed/${e.id}/`);
  }
});

test('share actions: copy with feedback and plain links, no third-party script', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/evenements/${TWO}/`);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('[data-share] [data-feedback]')).toHaveText('Lien copié dans le presse-papiers');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/evenements/${TWO}/$`));
  const hrefs = await page.locator('.share-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.map((h) => h!.split(/[/?:]/)[0] === 'mailto' ? 'mailto' : new URL(h!).host)).toEqual(['mailto', 'x.com', 'www.facebook.com', 'www.linkedin.com', 'wa.me']);
  const external = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin)));
  expect(external).toEqual([]);
});

test('the details panel of the timeline shares the permalink too', async ({ page }) => {
  await page.goto(`/#${TWO}`);
  await expect(page.locator('#details .share-links a').first()).toHaveAttribute('href', new RegExp(`mailto:.*evenements%2F${TWO}`));
});

test('the embed dialog gives a snippet that works when pasted into another page', async ({ page, baseURL }) => {
  await page.goto(`/evenements/${TWO}/`);
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Sombre').check();
  const snippet = await dialog.locator('textarea').inputValue();
  expect(snippet).toContain(`${baseURL}/embed/${TWO}/?theme=dark`);
  expect(snippet).toMatch(/title="La France expulse deux diplomates maliens"/);
  expect(snippet).toContain('loading="lazy"');
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /theme=dark/);

  await hostPage(page, baseURL, `<h1>Article hôte</h1>${snippet}<p>fin</p>`);
  const frame = page.locator('iframe[data-chronologie]');
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(420);
  const inner = page.frameLocator('iframe[data-chronologie]');
  await expect(inner.locator('h1')).toHaveText('La France expulse deux diplomates maliens');
  expect(await inner.locator('html').getAttribute('data-theme')).toBe('dark');
});

test('an embedded timeline grows its iframe, and its links open the canonical page in the top window', async ({ page, baseURL }) => {
  await hostPage(page, baseURL, `<iframe src="${baseURL}/embed/?types=expulsion&amp;liste=1" data-chronologie height="200" style="width:700px;border:0" title="Chronologie"></iframe><script src="${baseURL}/embed.js"></script>`);
  const frame = page.locator('iframe');
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(300);
  const inner = page.frameLocator('iframe');
  await expect(inner.locator('#timeline g.mark')).toHaveCount(2);
  await inner.locator('#event-list li:not([hidden]) a').first().click();
  await expect(page).toHaveURL(`${baseURL}/evenements/2025-09-17-expulsion-mali-france/`);
});

test('without embed.js an embed keeps its own height', async ({ page, baseURL }) => {
  await hostPage(page, baseURL, `<iframe src="${baseURL}/embed/2020-coup-mali/" data-chronologie height="250" style="border:0" title="x"></iframe>`);
  await page.frameLocator('iframe').locator('h1').waitFor();
  expect((await page.locator('iframe').boundingBox())!.height).toBe(250);
});

test('the data feeds parse and say the same as the contract', async ({ request, page }) => {
  const contract = await (await request.get('/events.json')).json();
  const schema = await (await request.get('/events.schema.json')).json();
  const ajv = new Ajv2020Module.default({ strict: false });
  expect(ajv.validate(schema, contract), JSON.stringify(ajv.errors)).toBe(true);

  const csv = await (await request.get('/events.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual(['id', 'type', 'type_label', 'title', 'date', 'date_start', 'date_end', 'precision', 'derivation', 'country',
    'country_name', 'place', 'agent', 'patient', 'count', 'source_count', 'citation_count', 'first_quote', 'first_quote_source', 'source_ids', 'url']);
  expect(rows.map((r) => r.id)).toEqual(contract.events.map((e: { id: string }) => e.id));

  const book = await readXlsxFile(await (await request.get('/events.xlsx')).body());
  expect(book.map((s) => s.sheet)).toEqual(['Événements', 'Citations']);
  expect(book[0]!.data.slice(1).map((r) => r[0])).toEqual(contract.events.map((e: { id: string }) => e.id));

  const cal = new ICAL.Component(ICAL.parse(await (await request.get('/events.ics')).text()));
  const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  type Dated = { id: string; date: { precision: string } };
  expect(vevents.map((v) => v.uid.split('@')[0])).toEqual(contract.events.filter((e: Dated) => e.date.precision === 'day').map((e: Dated) => e.id));
  expect(vevents.find((v) => v.uid.startsWith(TWO))!.startDate.toString()).toBe('2025-09-19');
  for (const v of vevents) expect(v.endDate.subtractDate(v.startDate).toSeconds()).toBe(86_400);
  expect(vevents[0]!.description).toContain('«');

  const rssText = await (await request.get('/rss.xml')).text();
  expect(XMLValidator.validate(rssText)).toBe(true);
  const rss = new XMLParser().parse(rssText);
  expect(rss.rss.channel.item).toHaveLength(contract.events.length);
  // Dated when first published here (permalinks/published.json), never by the event's own date.
  const published = JSON.parse(readFileSync('permalinks/published.json', 'utf8')) as Record<string, { since: string }>;
  for (const item of rss.rss.channel.item as { link: string; pubDate: string }[]) {
    const id = item.link.match(/evenements\/([^/]+)\/$/)![1]!;
    expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(published[id]!.since);
  }

  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  expect(sitemap).toContain(`/evenements/${TWO}/`);
  expect(sitemap).not.toContain('/embed/');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*sitemap-index\.xml/);

  await page.goto('/');
  for (const path of ['/events.json', '/events.schema.json', '/events.csv', '/events.xlsx', '/events.ics', '/rss.xml']) {
    await expect(page.locator(`#donnees ~ ul a[href="${path}"]`)).toHaveCount(1);
  }
});
