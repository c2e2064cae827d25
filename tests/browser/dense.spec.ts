/**
 * The timeline component with 10,000 events, in Chromium: the dense view (a density strip on
 * a canvas), the keyboard through it, and gestures drawn on the canvas with SVG marks back at
 * rest. The page is the one the rendering benchmark opens, served from memory.
 */
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { syntheticEvents } from '../../bench/render.ts';
import { eventTypes } from '../../src/event-types.ts';
import { typeStylesheet } from '../../src/site/type-styles.ts';
// The page's globals (__drawn, __chart, __selected), declared by the page's script.
import type {} from '../../bench/render-entry.ts';

const ORIGIN = 'http://timeline.test';
const events = syntheticEvents(10_000);
const byDate = [...events].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
let script = '';

test.beforeAll(async () => {
  const out = await build({ entryPoints: ['bench/render-entry.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  script = out.outputFiles[0]!.text;
});

async function open(page: Page) {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Densité</title><style>${readFileSync('src/styles/global.css', 'utf8')}${typeStylesheet(eventTypes)}</style></head>
<body><main><div id="timeline" class="timeline-box" style="width:1000px"></div></main>
<script type="application/json" id="events">${JSON.stringify(events).replace(/</g, '\\u003c')}</script><script type="module" src="/tl.js"></script></body></html>`;
  await page.route(`${ORIGIN}/**`, (route) => (route.request().url().endsWith('/tl.js')
    ? route.fulfill({ contentType: 'text/javascript', body: script })
    : route.fulfill({ contentType: 'text/html', body: html })));
  await page.addInitScript(installPaint);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__drawn);
}

declare global { interface Window { __paint: () => Record<string, number> } }

/** Installed in the page: the colours painted on the canvas, as "r,g,b", with how many opaque pixels each. */
function installPaint() {
  window.__paint = () => {
    const canvas = document.querySelector('#timeline canvas') as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours: Record<string, number> = {};
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 255) continue;
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      colours[key] = (colours[key] ?? 0) + 1;
    }
    return colours;
  };
}

const paint = (page: Page) => page.evaluate(() => window.__paint());
const sum = (colours: Record<string, number>) => Object.values(colours).reduce((a, b) => a + b, 0);

/** How many pixels of the canvas have paint on them. */
const inked = async (page: Page) => sum(await paint(page));

const marks = (page: Page) => page.locator('#timeline g.mark');
const axisVisibility = (page: Page) => page.locator('#timeline .axis').getAttribute('visibility');

/**
 * One wheel step over the chart, and what the frame that draws it shows, read in the page in
 * the same breath: the gesture ends 150 ms after its step, a round trip to the test could miss it.
 */
async function wheel(page: Page, deltaY: number) {
  const seen = await page.evaluate((dy) => new Promise<{ axis: string | null; marks: number; paint: Record<string, number> }>((done) => {
    const svg = document.querySelector('#timeline svg')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + 40, deltaY: dy }));
    requestAnimationFrame(() => requestAnimationFrame(() => done({
      axis: document.querySelector('#timeline .axis')!.getAttribute('visibility'),
      marks: document.querySelectorAll('#timeline g.mark').length,
      paint: window.__paint(),
    })));
  }), deltaY);
  return { ...seen, ink: sum(seen.paint) };
}

test('10,000 events open as a density strip, with one event as the way in for the keyboard', async ({ page }) => {
  await open(page);
  await expect(page.locator('#timeline .density-note')).toHaveText('10000 événements');
  await expect(marks(page)).toHaveCount(1);
  await expect(marks(page)).toHaveAttribute('tabindex', '0');
  await expect(marks(page)).toHaveAttribute('data-id', byDate[0]!.id);
  expect(await inked(page)).toBeGreaterThan(5000);
  // In the types' colours (light theme: --coup, --arrest, --expulsion), not in canvas black.
  const colours = await paint(page);
  for (const colour of ['179,38,30', '31,95,191', '138,90,0']) expect(colours[colour]).toBeGreaterThan(500);
  // And the reader sees every strip: the SVG lies over the canvas, so no band's background may be painted over it.
  const fills = () => page.locator('#timeline .band rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
  for (const fill of await fills()) expect(fill).toMatch(/^(transparent|none|rgba\(0, 0, 0, 0\))$/);
  await expect(page.locator('#timeline .axis .tick').first()).toBeVisible();
  // With marks again (a few events), the bands take turns in their background once more.
  await page.evaluate((ids) => window.__chart.filter(ids), byDate.slice(0, 20).map((e) => e.id));
  await expect.poll(async () => (await fills()).filter((f) => !/^(transparent|none|rgba\(0, 0, 0, 0\))$/.test(f)).length).toBeGreaterThan(0);
});

test('month- and year-long events fill the density strip across the time they cover', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const all = JSON.parse(document.getElementById('events')!.textContent!) as { id: string; date: { precision: string } }[];
    window.__chart.filter(all.filter((e) => e.date.precision !== 'day').map((e) => e.id));
  });
  await expect(page.locator('#timeline .density-note')).toHaveText(/^\d{3,4} événements$/);
  // Every 3-pixel column between the first and the last start has paint at the foot of each
  // type's row: the spans cover it, even where none of them starts.
  const filled = await page.evaluate(() => {
    const canvas = document.querySelector('#timeline canvas') as HTMLCanvasElement;
    const ratio = canvas.width / canvas.clientWidth;
    const ctx = canvas.getContext('2d')!;
    return [0, 1, 2].map((row) => {
      // Each band: a heading of 18 px, then a strip of 34 px whose bars rise from 4 px above its foot.
      const y = Math.round((4 + row * 52 + 18 + 34 - 6) * ratio);
      const line = ctx.getImageData(0, y, canvas.width, 1).data;
      const inked: boolean[] = [];
      for (let x = 0; x < canvas.clientWidth; x += 3) inked.push(line[Math.round((x + 1) * ratio) * 4 + 3] === 255);
      const first = inked.indexOf(true), last = inked.lastIndexOf(true);
      return inked.slice(first, last + 1).filter(Boolean).length / (last - first + 1);
    });
  });
  for (const share of filled) expect(share).toBeGreaterThan(0.95);
});

test('the keyboard reaches the first, the last and every event in between in a dense view, and opens one', async ({ page }) => {
  await open(page);
  await page.locator('#timeline g.mark').focus();
  await page.keyboard.press('End');
  await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', byDate.at(-1)!.id);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', byDate.at(-2)!.id);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = byDate[2]!.id;
  await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', third);
  // The focused event is on screen, inside the chart.
  const svg = (await page.locator('#timeline svg').boundingBox())!;
  const mark = (await page.locator('g.mark:focus').boundingBox())!;
  expect(mark.x).toBeGreaterThanOrEqual(svg.x);
  expect(mark.x + mark.width).toBeLessThanOrEqual(svg.x + svg.width);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.__selected)).toBe(third);
  await expect(page.locator('g.mark:focus')).toHaveAttribute('aria-pressed', 'true');
});

/** Only the events dated to the day (long spans fill lanes and hide labels), zoomed in to a few days (short of the deepest zoom, about two days, so that a wheel step can zoom further). */
async function zoomOnDays(page: Page) {
  await page.evaluate(() => {
    const all = JSON.parse(document.getElementById('events')!.textContent!) as { id: string; date: { precision: string } }[];
    window.__chart.filter(all.filter((e) => e.date.precision === 'day').map((e) => e.id)).zoomBy(1000);
  });
}

test('zoomed in, events are SVG marks with labels; during a gesture they are drawn on the canvas, and come back when it ends', async ({ page }) => {
  await open(page);
  await zoomOnDays(page);
  await expect(page.locator('#timeline .density-note')).not.toHaveText(/événements/);
  const atRest = await marks(page).count();
  expect(atRest).toBeGreaterThan(1);
  expect(atRest).toBeLessThanOrEqual(150);
  await expect(page.locator('#timeline text.label').filter({ hasText: /Événement de test/ }).first()).toBeVisible();
  expect(await inked(page)).toBe(0);

  const mid = await wheel(page, -20);
  // Mid-gesture: the picture is on the canvas, the SVG keeps only the way in for the keyboard.
  expect(mid.axis).toBe('hidden');
  expect(mid.ink).toBeGreaterThan(500);
  expect(mid.marks).toBeLessThanOrEqual(2);

  // d3-zoom ends a wheel gesture 150 ms after the last step.
  await expect(marks(page)).not.toHaveCount(1);
  await expect.poll(() => axisVisibility(page)).toBeNull();
  expect(await inked(page)).toBe(0);
  await expect(page.locator('#timeline .axis .tick').first()).toBeVisible();
});

test('focus stays on its event through a gesture, and arrows pan to events out of view', async ({ page }) => {
  await open(page);
  await zoomOnDays(page);
  await page.locator('#timeline g.mark[tabindex="0"]').focus();
  // Out to the last event and back: each time the view pans to keep the focused mark on screen.
  await page.keyboard.press('End');
  await expect(page.locator('g.mark:focus')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(page.locator('g.mark:focus')).toBeInViewport();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('g.mark:focus')).toBeInViewport();
  const id = await page.locator('g.mark:focus').getAttribute('data-id');
  await wheel(page, 30);
  await wheel(page, 30);
  await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', id!);
  await expect.poll(() => axisVisibility(page)).toBeNull();
  await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', id!);
});

test('a drag that starts while a wheel gesture is ending stays on the canvas until it ends', async ({ page }) => {
  await open(page);
  await zoomOnDays(page);
  await wheel(page, -20);
  // Press and drag for 400 ms: the wheel gesture ends 150 ms after its step, the drag does not.
  await page.evaluate(() => new Promise<void>((done) => {
    const svg = document.querySelector('#timeline svg')!;
    const box = svg.getBoundingClientRect();
    const at = (dx: number) => ({ bubbles: true, cancelable: true, view: window, clientX: box.left + box.width / 2 + dx, clientY: box.top + 40, button: 0, buttons: 1 });
    svg.dispatchEvent(new MouseEvent('mousedown', at(0)));
    const t0 = performance.now();
    const move = () => {
      window.dispatchEvent(new MouseEvent('mousemove', at(-(performance.now() - t0) / 10)));
      if (performance.now() - t0 < 400) requestAnimationFrame(move); else done();
    };
    requestAnimationFrame(move);
  }));
  expect(await axisVisibility(page)).toBe('hidden');
  expect(await inked(page)).toBeGreaterThan(500);
  await page.evaluate(() => window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window })));
  await expect.poll(() => axisVisibility(page)).toBeNull();
  expect(await inked(page)).toBe(0);
});

test('however many spans overlap a zoomed-in view, the chart keeps a bounded height', async ({ page }) => {
  await open(page);
  // All events, a few days wide: a month and a year-long span each need a lane of their own.
  await page.evaluate(() => window.__chart.zoomBy(400));
  await expect(page.locator('#timeline .density-note')).not.toHaveText(/événements/);
  expect(await marks(page).count()).toBeGreaterThan(12);
  const height = Number(await page.locator('#timeline svg').getAttribute('height'));
  // Top margin, three bands of a heading and at most 4 lanes of 26 px, the axis.
  expect(height).toBeLessThanOrEqual(4 + 3 * (18 + 4 * 26) + 28);
});

test('zoomed into a period with no event, Tab still reaches the timeline and brings an event into view', async ({ page }) => {
  await open(page);
  // Three events years apart, and a view of a few days between them.
  const few = [byDate[0]!, byDate[5000]!, byDate.at(-1)!].map((e) => e.id);
  await page.evaluate((ids) => window.__chart.filter(ids).zoomBy(3000), few);
  await expect(page.locator('#timeline .density-note')).not.toHaveText(/événements/);
  await page.keyboard.press('Tab');
  await expect(page.locator('g.mark:focus')).toHaveCount(1);
  await expect(page.locator('g.mark:focus')).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('g.mark:focus')).toBeInViewport();
});
