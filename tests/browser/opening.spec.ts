/**
 * The opening view: when a few events lie far from the others (a coup recalled from the
 * 1960s in stories of 2023), the chart opens on the period most events fall in and says how
 * many it leaves out; «Tout afficher» (reset) shows them all. The timeline alone, as the
 * rendering benchmark opens it, served from memory.
 */
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { eventTypes } from '../../src/event-types.ts';
import { typeStylesheet } from '../../src/site/type-styles.ts';
import type {} from '../../bench/render-entry.ts';

const ORIGIN = 'http://timeline.test';
const day = (i: number) => new Date(Date.UTC(2023, 0, 5) + i * 9 * 86_400_000).toISOString().slice(0, 10);
const event = (id: string, start: string) => ({ id, type: 'arrest', title: `Arrestation ${id}`, dateText: start, date: { start, end: start, precision: 'day' } });
const events = [
  event('old-1', '1961-04-22'), event('old-2', '1962-07-01'), event('old-3', '1975-03-10'),
  ...Array.from({ length: 27 }, (_, i) => event(`recent-${i}`, day(i))),
];

async function open(page: Page) {
  const out = await build({ entryPoints: ['bench/render-entry.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ouverture</title><style>${readFileSync('src/styles/global.css', 'utf8')}${typeStylesheet(eventTypes)}</style></head>
<body><main><div id="timeline" class="timeline-box" style="width:1000px"></div></main>
<script type="application/json" id="events">${JSON.stringify(events)}</script><script type="module" src="/tl.js"></script></body></html>`;
  await page.route(`${ORIGIN}/**`, (route) => (route.request().url().endsWith('/tl.js')
    ? route.fulfill({ contentType: 'text/javascript', body: out.outputFiles[0]!.text })
    : route.fulfill({ contentType: 'text/html', body: html })));
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__drawn);
}

const ticks = (page: Page) => page.locator('#timeline .axis .tick text').allTextContents();

test('opens on the period most events fall in, says how many it leaves out, and shows them all on reset', async ({ page }) => {
  await open(page);
  await page.evaluate(() => { window.__chart.fit(); });
  await expect(page.locator('#timeline g.mark')).toHaveCount(27);
  await expect(page.locator('#timeline .density-note')).toHaveText('← 3 earlier');
  expect((await ticks(page)).join(' ')).not.toMatch(/19[67]\d/);
  await page.evaluate(() => { window.__chart.reset(); });
  await expect(page.locator('#timeline g.mark')).toHaveCount(30);
  await expect(page.locator('#timeline .density-note')).toHaveText('');
  await expect.poll(async () => (await ticks(page)).join(' ')).toMatch(/1970/);
});
