/** The built site, driven as a reader would: mouse, keyboard, URLs, no JavaScript, assistive tech checks. */
import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const ARREST = '2025-08-arrest-mali-france';
const TWO = '2025-09-19-expulsion-france-mali';

const marks = (page: Page) => page.locator('#timeline g.mark');

test.describe('home page', () => {
  test('the timeline shows every event in a band per type, with the legend and the list under it', async ({ page }) => {
    await page.goto('/');
    await expect(marks(page)).toHaveCount(5);
    await expect(page.locator('#event-list li[data-id]')).toHaveCount(5);
    await expect(page.locator('#timeline .row-label')).toHaveText(['Coups d’État', 'Arrestations', 'Expulsions']);
    await expect(page.locator('.legend')).toContainText('au mois ou à l’année près');
    await expect(page.locator('#event-list h3')).toHaveText(['2020', '2021', '2025']);
    await expect(page.locator('#timeline .axis .tick').first()).toBeVisible();
  });

  test('clicking an event opens its citations and puts it in the URL', async ({ page }) => {
    await page.goto('/');
    await page.locator(`g.mark[data-id="${TWO}"]`).click();
    const panel = page.locator('#details');
    await expect(panel).toBeVisible();
    await expect(panel.locator('h2')).toHaveText('La France expulse deux diplomates maliens');
    await expect(panel.locator('.citations > li')).toHaveCount(5);
    await expect(panel.locator('a.permalink')).toHaveAttribute('href', `/evenements/${TWO}/`);
    expect(new URL(page.url()).hash).toBe(`#${TWO}`);
  });

  test('the keyboard alone reaches, moves through, opens and closes events', async ({ page }) => {
    await page.goto('/');
    // The chart draws once its data (/frise.json) has arrived.
    await expect(page.locator('#timeline g.mark').first()).toBeAttached();
    await page.getByLabel('Rechercher').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', '2020-coup-mali');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', ARREST);
    await page.keyboard.press('Enter');
    await expect(page.locator('#details')).toBeVisible();
    await expect(page.locator('#details h2')).toHaveText(/Arrestation/);
    await expect(page.locator('#details')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#details')).toBeHidden();
    await expect(page.locator('g.mark:focus')).toHaveAttribute('data-id', ARREST);
  });

  test('a #id URL opens that event', async ({ page }) => {
    await page.goto(`/#${ARREST}`);
    await expect(page.locator('#details h2')).toHaveText(/Arrestation d’un diplomate/);
    await expect(page.locator(`g.mark[data-id="${ARREST}"]`)).toHaveClass(/is-selected/);
  });

  test('filters and search change what is shown and the URL, and a filtered URL restores them', async ({ page }) => {
    await page.goto('/');
    // «Pays concerné»: France is where one happened, and whose diplomats two others targeted.
    await page.getByLabel('Pays concerné').selectOption('FR');
    await expect(marks(page)).toHaveCount(3);
    await expect(page.locator('#count')).toHaveText('3 événements sur 5');
    expect(new URL(page.url()).searchParams.get('pays')).toBe('FR');
    await page.getByLabel('Pays concerné').selectOption('');
    await page.locator('input[name="types"][value="coup"]').uncheck();
    await expect(marks(page)).toHaveCount(3);
    await expect(page.locator('#event-list li[data-id]:visible')).toHaveCount(3);
    expect(new URL(page.url()).searchParams.get('types')).toBe('arrest,expulsion');
    await page.getByLabel('Rechercher').fill('bamako cinq');
    await expect(marks(page)).toHaveCount(1);
    await expect(page.locator('#count')).toHaveText('1 événement sur 5');
    const url = page.url();
    await page.goto(url);
    await expect(marks(page)).toHaveCount(1);
    await expect(page.getByLabel('Rechercher')).toHaveValue('bamako cinq');
    await page.getByLabel('Source').selectOption('003_c3229c702bd32232');
    await expect(page.locator('#event-list li[data-id]:visible')).toHaveCount(1);
  });

  test('zoom buttons rescale the axis', async ({ page }) => {
    await page.goto('/');
    const before = await page.locator('#timeline .axis .tick').allTextContents();
    await page.locator('button[data-zoom="in"]').click();
    await page.locator('button[data-zoom="in"]').click();
    await expect.poll(async () => (await page.locator('#timeline .axis .tick').allTextContents()).join()).not.toBe(before.join());
    await page.locator('button[data-zoom="reset"]').click();
    await expect.poll(async () => (await page.locator('#timeline .axis .tick').allTextContents()).join()).toBe(before.join());
  });
});

test.describe('event and source pages', () => {
  test('every event in the list has its page, with its citations', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page.locator('#event-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(5);
    let total = 0;
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
      const n = await page.locator('ol.citations > li blockquote').count();
      expect(n).toBeGreaterThan(0);
      total += n;
    }
    expect(total).toBe(22);
  });

  test('an event page says the date in words, the conflict in French, and links its neighbours and sources', async ({ page }) => {
    await page.goto(`/evenements/${ARREST}/`);
    await expect(page.locator('h1')).toHaveText('Arrestation d’un diplomate français à Bamako');
    await expect(page.locator('dl.facts')).toContainText('août 2025');
    await expect(page.locator('main')).toContainText('jeudi 14 août 2025');
    await expect(page.locator('main')).toContainText('Faute d’accord sur le jour');
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/evenements/2021-coup-mali/');
    await page.locator('cite a').first().click();
    await expect(page.locator('h2', { hasText: 'Événements rapportés' })).toBeVisible();
  });

  test('a source page says what was inferred and why', async ({ page }) => {
    await page.goto('/sources/003_c3229c702bd32232/');
    await expect(page.locator('dl.facts')).toContainText('vendredi 19 septembre 2025 (date inférée');
    await expect(page.locator('main')).toContainText('Indices');
    await expect(page.locator('ol.citations > li')).toHaveCount(5);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list is complete and the interactive parts stay out of the way', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#event-list li[data-id]')).toHaveCount(5);
    await expect(page.locator('#timeline-shell')).toBeHidden();
    await expect(page.locator('#filters')).toBeHidden();
    await page.locator('#event-list a').first().click();
    await expect(page.locator('h1')).toHaveText('Coup d’État au Mali');
  });

  test('one page a year, linked from the home page, reaches every event', async ({ page }) => {
    await page.goto('/');
    const years = await page.locator('#year-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(years).toEqual(['/annees/2020/', '/annees/2021/', '/annees/2025/']);
    const reached: string[] = [];
    for (const year of years) {
      await page.goto(year);
      await expect(page.locator('h1')).toHaveText(`Les événements de ${year.slice(8, 12)}`);
      reached.push(...await page.locator('#event-list li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!)));
    }
    await expect(page.locator('.year-links [aria-current="page"]')).toHaveText('2025 : 3 événements');
    expect(reached).toHaveLength(5);
    await page.locator('#event-list a').last().click();
    await expect(page.locator('h1')).toHaveText('La France expulse deux diplomates maliens');
  });
});

test.describe('accessibility', () => {
  const pages = ['/', `/evenements/${ARREST}/`, '/sources/002_9898b08f002cbda8/', '/embed/', `/embed/${TWO}/`, '/rapport/', '/annees/2025/'];
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 375]) {
        test(`axe finds no violations on ${path} (${scheme}, ${width} px)`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          if (path === '/') await page.locator(`g.mark[data-id="${TWO}"]`).click();
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
  }
});

test.describe('screenshots', () => {
  for (const width of [1280, 375, 320]) {
    test(`home and event page at ${width} px`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/#${TWO}`);
      await expect(page.locator('#details')).toBeVisible();
      await page.screenshot({ path: info.outputPath(`home-${width}.png`), fullPage: true });
      await page.goto(`/evenements/${ARREST}/`);
      await page.screenshot({ path: info.outputPath(`event-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
    });
  }
});
