/**
 * The home page as a newsroom chart, on the site built from the seeds and the stories written
 * for the tests (tests/fixtures/world and newsroom: 33 events, served two ports up): events
 * named at a glance, the chart in the phone's first screen, search by country name, sources
 * named, précédent / suivant in time order, an axis that never repeats itself.
 */
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { paths as site } from '../../src/site/urls.ts';

const NEWS = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4322) + 2}`;
test.use({ baseURL: NEWS });

interface Contract {
  sources: { id: string }[];
  events: { id: string; type: string; country: string | null; date: { start: string; precision: string }; citations: { source: string }[] }[];
}

let contract: Contract;
test.beforeAll(async ({ request }) => {
  contract = await (await request.get(`${NEWS}/events.json`)).json() as Contract;
});

const byTime = () => [...contract.events].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1)).map((e) => e.id);
const regions = new Intl.DisplayNames(['fr'], { type: 'region' });
const visibleIds = (page: Page) => page.locator('#event-list li[data-id]:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!));
/** The drawn labels, with their boxes on screen. */
const labelBoxes = (page: Page) => page.locator('#timeline text.label').evaluateAll((labels) => labels
  .filter((l) => l.textContent)
  .map((l) => { const r = l.getBoundingClientRect(); return { text: l.textContent!, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom }; }));

test('the build has enough events for these tests', () => {
  expect(contract.events.length).toBeGreaterThanOrEqual(30);
});

test('at 1280 px, at least ten events are named in the chart without a click, and no two labels overlap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.locator('#timeline g.mark')).toHaveCount(contract.events.length);
  const labels = await labelBoxes(page);
  expect(labels.length).toBeGreaterThanOrEqual(10);
  for (const a of labels) for (const b of labels) {
    if (a === b) continue;
    expect(a.x1 <= b.x0 + 1 || b.x1 <= a.x0 + 1 || a.y1 <= b.y0 + 1 || b.y1 <= a.y0 + 1, `${a.text} / ${b.text}`).toBe(true);
  }
  // The most reported events carry their label (the seeds' five-source events).
  for (const id of ['2025-09-19-expulsion-france-mali', '2025-09-17-expulsion-mali-france']) {
    await expect(page.locator(`g.mark[data-id="${id}"] text.label`)).not.toHaveText('');
  }
});

test('every mark has a tooltip on hover and on focus: title, date in words, place, sources', async ({ page }) => {
  await page.goto('/');
  const id = '2023-07-26-coup-niger';
  await page.locator(`g.mark[data-id="${id}"] .symbol`).hover();
  const tip = page.locator('#timeline .tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Coup d’État au Niger');
  await expect(tip).toContainText('mercredi 26 juillet 2023');
  await expect(tip).toContainText('Niamey, Niger');
  await expect(tip).toContainText('2 sources');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await page.getByLabel('Rechercher').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('g.mark:focus')).toHaveCount(1);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(await page.locator('g.mark:focus').getAttribute('aria-label').then((l) => l!.split(' : ')[1]!));
});

test('month and year dates are drawn as a bracketed period around a hollow mark, explained in the legend', async ({ page }) => {
  await page.goto('/');
  const uncertain = page.locator('#timeline g.mark.is-uncertain');
  await expect(uncertain).toHaveCount(contract.events.filter((e) => e.date.precision !== 'day').length);
  await expect(page.locator('g.mark[data-id="2020-coup-mali"]')).toHaveClass(/is-uncertain/);
  await expect(page.locator('g.mark[data-id="2020-coup-mali"] path.bracket')).toHaveCount(1);
  await expect(page.locator('g.mark[data-id="2023-07-26-coup-niger"] path.bracket')).toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('la période est encadrée, le symbole creux au milieu');
});

test('a toggle gives one band per country instead of one per type, kept in the URL', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Une ligne par pays' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('lignes')).toBe('pays');
  const counts = new Map<string, number>();
  for (const e of contract.events) counts.set(e.country ?? '', (counts.get(e.country ?? '') ?? 0) + 1);
  const labels = await page.locator('#timeline .row-label').allTextContents();
  expect(labels).toHaveLength(counts.size);
  // The most frequent country first.
  expect(labels[0]).toBe('Mali');
  // Every Niger event sits in the Niger band.
  const bands = await page.locator('#timeline g.band').evaluateAll((gs) => gs.map((g) => { const r = g.getBoundingClientRect(); return { label: g.textContent, top: r.top, bottom: r.bottom }; }));
  const niger = bands.find((b) => b.label === 'Niger')!;
  for (const e of contract.events.filter((x) => x.country === 'NE')) {
    const box = (await page.locator(`g.mark[data-id="${e.id}"] .symbol`).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(niger.top);
    expect(box.y + box.height).toBeLessThanOrEqual(niger.bottom);
  }
  await page.reload();
  await expect(page.locator('#timeline .row-label').first()).toHaveText('Mali');
  await page.getByRole('button', { name: 'Une ligne par pays' }).click();
  await expect(page.locator('#timeline .row-label')).toHaveText(['Coups d’État', 'Arrestations', 'Expulsions']);
  expect(new URL(page.url()).searchParams.get('lignes')).toBeNull();
});

test('on a 375 px phone the chart starts in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  const box = (await page.locator('#timeline').boundingBox())!;
  // At least its first band is on screen without scrolling.
  expect(box.y + 120).toBeLessThan(667);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

test('searching the five most frequent countries by their French name lists every event that happened there', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const e of contract.events) if (e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([code]) => code);
  expect(top).toHaveLength(5);
  await page.goto('/');
  for (const code of top) {
    const name = regions.of(code)!;
    await page.getByLabel('Rechercher').fill(name);
    const there = contract.events.filter((e) => e.country === code).map((e) => e.id);
    await expect.poll(() => visibleIds(page), name).toEqual(expect.arrayContaining(there));
    const shown = (await visibleIds(page)).length;
    await expect(page.locator('#count')).toHaveText(`${shown} événement${shown > 1 ? 's' : ''} sur ${contract.events.length}`);
    await expect(page.locator('#timeline g.mark')).toHaveCount(shown);
  }
});

test('«Côte d’Ivoire», «N’Djamena» and «cœur» find their own text, however the apostrophe is typed', async ({ page }) => {
  await page.goto('/');
  const search = page.getByLabel('Rechercher');
  for (const query of ['Côte d’Ivoire', "cote d'ivoire"]) {
    await search.fill(query);
    await expect.poll(() => visibleIds(page)).toEqual(expect.arrayContaining(['2024-11-12-arrest-cote-d-ivoire', '2025-02-04-expulsion-cote-d-ivoire-france']));
  }
  for (const query of ['N’Djamena', "N'Djamena", 'n’djamena']) {
    await search.fill(query);
    await expect.poll(() => visibleIds(page)).toContain('2024-06-18-arrest-tchad');
  }
  await search.fill('cœur');
  await expect.poll(() => visibleIds(page)).toContain('2024-11-12-arrest-cote-d-ivoire');
  expect(new URL(page.url()).searchParams.get('q')).toBe('cœur');
});

test('a filter gives its count and zooms to what is left; no match says so and offers a way back', async ({ page }) => {
  await page.goto('/');
  const before = await page.locator('#timeline .axis .tick').allTextContents();
  await page.getByLabel('Pays concerné').selectOption('TD');
  await expect(page.locator('#count')).toHaveText(`2 événements sur ${contract.events.length}`);
  await expect(page.locator('#timeline g.mark')).toHaveCount(2);
  // Zoomed to 2023–2024: the axis no longer spans 2020 to 2026.
  await expect.poll(async () => (await page.locator('#timeline .axis .tick').allTextContents()).join()).not.toBe(before.join());
  const svg = (await page.locator('#timeline svg').boundingBox())!;
  for (const mark of await page.locator('#timeline g.mark .symbol').all()) {
    const b = (await mark.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(svg.x);
    expect(b.x + b.width).toBeLessThanOrEqual(svg.x + svg.width);
  }
  await page.getByLabel('Rechercher').fill('introuvable');
  await expect(page.locator('#count')).toHaveText(`0 événement sur ${contract.events.length}`);
  await expect(page.locator('#empty')).toBeVisible();
  await expect(page.locator('#empty')).toContainText('Aucun événement ne correspond');
  await expect(page.locator('#event-list section.year:visible')).toHaveCount(0);
  await page.locator('#empty button').click();
  await expect(page.locator('#count')).toHaveText(`${contract.events.length} événements`);
  await expect(page.locator('#empty')).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
});

test('no link to a source reads as a file id, on the home page, event pages and source pages', async ({ page }) => {
  // Seventy pages in one test: more than 30 s on a busy machine.
  test.setTimeout(90_000);
  const ids = new Set(contract.sources.map((s) => s.id.toLowerCase()));
  const looksLikeId = (text: string) => ids.has(text.trim().toLowerCase()) || /^\d{3}_[0-9a-f]{16}$/.test(text.trim());
  await page.goto('/');
  for (const option of await page.locator('select[name="source"] option').allTextContents()) expect(looksLikeId(option), option).toBe(false);
  for (const e of contract.events) {
    await page.goto(`/evenements/${e.id}/`);
    for (const text of await page.locator('a[href*="/sources/"]').allTextContents()) expect(looksLikeId(text), `${e.id}: ${text}`).toBe(false);
  }
  for (const s of contract.sources) {
    await page.goto(site.source(s.id));
    expect(looksLikeId(await page.locator('h1').textContent() ?? ''), s.id).toBe(false);
  }
  await page.goto('/#2025-09-19-expulsion-france-mali');
  // The card's citations come with their year's details (/annees/2025.json).
  await expect(page.locator('#details cite a')).toHaveCount(5);
  const cited = await page.locator('#details cite a').allTextContents();
  expect(cited).toHaveLength(5);
  for (const text of cited) expect(looksLikeId(text), text).toBe(false);
});

test('précédent / suivant walk the events in time order, with the arrow keys too, the chart in view and the URL in sync', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const order = byTime();
  await page.locator('[data-story-start]').click();
  const seen: string[] = [];
  for (let i = 0; i < order.length; i++) {
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    seen.push(hash);
    await expect(page.locator('#details [data-position]')).toHaveText(`${i + 1} sur ${order.length}`);
    await expect(page.locator(`g.mark[data-id="${hash}"]`)).toHaveClass(/is-selected/);
    if (i < order.length - 1) await page.locator('#details [data-step="1"]').click();
  }
  expect(seen).toEqual(order);
  await expect(page.locator('#details [data-step="1"]')).toBeDisabled();
  await expect(page.locator('#timeline')).toBeInViewport();
  // Back with the arrow keys from the card.
  await page.locator('#details').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(order.at(-3));
  await expect(page.locator('#details h2')).toHaveText(await page.locator(`g.mark[data-id="${order.at(-3)}"]`).getAttribute('aria-label').then((l) => l!.split(' : ')[1]!));
});

test('on a phone the selected event opens as a bottom sheet and its mark stays in view above it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  const id = '2024-06-18-arrest-tchad';
  await page.locator(`g.mark[data-id="${id}"] .symbol`).click();
  const sheet = page.locator('#details');
  await expect(sheet).toBeVisible();
  expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  const sheetTop = (await sheet.boundingBox())!.y;
  const mark = (await page.locator(`g.mark[data-id="${id}"] .symbol`).boundingBox())!;
  expect(mark.y).toBeGreaterThanOrEqual(0);
  expect(mark.y + mark.height).toBeLessThanOrEqual(sheetTop);
  await page.locator('#details [data-step="1"]').click();
  const next = byTime()[byTime().indexOf(id) + 1]!;
  await expect(page.locator(`g.mark[data-id="${next}"]`)).toHaveClass(/is-selected/);
});

test('on a phone, a vertical swipe that starts on the chart is left to the page, a sideways one pans the chart', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, baseURL: NEWS });
  const page = await context.newPage();
  await page.goto('/');
  // A phone cannot hover: the card's invitation says to touch a symbol.
  await expect(page.locator('#story-intro .on-touch')).toBeVisible();
  await expect(page.locator('#story-intro .on-hover')).toBeHidden();
  const ticks = () => page.locator('#timeline .axis .tick').allTextContents().then((t) => t.join());
  /** A one-finger swipe over the chart, as touch events; says whether any move was cancelled (a cancelled move stops the page's scroll). */
  const swipe = (dx: number, dy: number) => page.evaluate(({ dx, dy }) => {
    const svg = document.querySelector('#timeline svg')!;
    const box = svg.getBoundingClientRect();
    const at = (i: number) => [new Touch({ identifier: 1, target: svg, clientX: box.left + box.width / 2 + (dx * i) / 10, clientY: box.top + 60 + (dy * i) / 10 })];
    svg.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, cancelable: true, touches: at(0), targetTouches: at(0), changedTouches: at(0) }));
    let cancelled = false;
    for (let i = 1; i <= 10; i++) {
      const move = new TouchEvent('touchmove', { bubbles: true, cancelable: true, touches: at(i), targetTouches: at(i), changedTouches: at(i) });
      svg.dispatchEvent(move);
      cancelled ||= move.defaultPrevented;
    }
    svg.dispatchEvent(new TouchEvent('touchend', { bubbles: true, cancelable: true, touches: [], targetTouches: [], changedTouches: at(10) }));
    return cancelled;
  }, { dx, dy });
  const before = await ticks();
  expect(await swipe(4, -200)).toBe(false);
  await page.waitForTimeout(300);
  expect(await ticks()).toBe(before);
  expect(await swipe(-250, 3)).toBe(true);
  await expect.poll(ticks).not.toBe(before);
  await context.close();
});

test('axis ticks never repeat a label and always show the year, from the whole period down to the deepest zoom', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    for (let step = 0; step < 16; step++) {
      // Each tick's label and the day it stands for (d3-axis keeps the date as the tick's datum).
      const ticks = await page.locator('#timeline .axis .tick').evaluateAll((nodes) => nodes
        .map((n) => ({ label: n.textContent ?? '', date: (n as unknown as { __data__: Date }).__data__ }))
        .filter((t) => t.label)
        .map((t) => ({ label: t.label, day: `${t.date.getFullYear()}-${t.date.getMonth()}-${t.date.getDate()}`, year: t.date.getFullYear() })));
      const labels = ticks.map((t) => t.label).join(' | ');
      expect(ticks.length, `${width} px, step ${step}`).toBeGreaterThan(0);
      // No two ticks for the same day («7 nov., 7 nov.»), no neighbours alike, and a month
      // name seen twice belongs to two different years.
      expect(new Set(ticks.map((t) => t.day)).size, labels).toBe(ticks.length);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.label, labels).not.toBe(ticks[i - 1]!.label);
      expect(new Set(ticks.map((t) => `${t.label}@${t.year}`)).size, labels).toBe(ticks.length);
      // The year is always in sight: the first label carries it.
      expect(ticks[0]!.label, labels).toMatch(/\d{4}/);
      await page.locator('button[data-zoom="in"]').click();
    }
  }
});

test('axe finds no violations on the 33-event home page with an event open', async ({ page }) => {
  test.slow(); // four full axe runs over a 33-event page: a busy machine needs more than the default 30 s
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/#2023-07-26-coup-niger');
      await expect(page.locator('#details')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${scheme} ${width}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test.describe('screenshots', () => {
  for (const width of [1280, 375]) {
    test(`the 33-event home page at ${width} px: default, an event open, filtered, empty, dark`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 667 });
      for (const [name, path] of [['home', '/'], ['selected', '/#2023-07-26-coup-niger'], ['filtered', '/?q=niger'], ['empty', '/?q=introuvable']] as const) {
        await page.goto(path);
        await page.screenshot({ path: info.outputPath(`news-${name}-${width}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/#2023-07-26-coup-niger');
      await page.screenshot({ path: info.outputPath(`news-dark-${width}.png`) });
    });
  }
});
