/**
 * Embedding as a newsroom does it, on the 33-event build: filter the timeline, «Intégrer»,
 * paste the snippet into an article on another site; the frame is a chart-sized block that
 * shows that view. Also: the options, bad values, embed.js's silence in the host's console,
 * the single-event embed's way back to the timeline, and screenshots.
 */
import { expect, test, type Page } from '@playwright/test';

const NEWS = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4322) + 2}`;
/** The same server under another name: another origin, as a news site would be. */
const HOST = NEWS.replace('127.0.0.1', 'localhost');

/** Opens an article page of another origin whose body holds `html` in a column `width` px wide. */
async function hostPage(page: Page, html: string, width = 600): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`error: ${e.message}`));
  const url = `${HOST}/article-hote.html`;
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="fr"><head><title>Article</title><style>body{font:18px Georgia,serif;margin:0;background:#fff;color:#111}article{max-width:${width}px;margin:0 auto;padding:16px}</style></head><body><article><h1>Un article de presse</h1><p>Un paragraphe avant la chronologie.</p>${html}<p>La suite de l’article.</p></article></body></html>`,
  }));
  await page.goto(url);
  return messages;
}

const frameHeight = async (page: Page) => (await page.locator('iframe[data-chronologie]').boundingBox())?.height ?? 0;

/** Waits until the iframe's height stops changing, and returns it. */
async function settledHeight(page: Page): Promise<number> {
  let last = -1;
  await expect.poll(async () => { const h = await frameHeight(page); const same = h === last; last = h; return same && h > 160; }, { timeout: 10_000, intervals: [300] }).toBe(true);
  return last;
}

async function snippetFromDialog(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  return dialog.locator('textarea').inputValue();
}

test('a filtered view, embedded from «Intégrer» into a 600 px article of another site, shows that view at a chart\'s height', async ({ page }) => {
  await page.goto(`${NEWS}/`);
  await page.getByLabel('Pays concerné').selectOption('ML');
  await page.getByLabel('Rechercher').fill('expulse');
  await expect(page.locator('#count')).toHaveText('4 événements sur 33');
  const snippet = await snippetFromDialog(page);
  expect(snippet).toContain('pays=ML');
  expect(snippet).toContain('q=expulse');
  await expect(page.locator('dialog[open] [data-embed-view]')).toContainText('Mali');
  await expect(page.locator('dialog[open] [data-embed-view]')).toContainText('« expulse »');
  await expect(page.locator('dialog[open] [data-embed-warning]')).toHaveCount(0);

  const messages = await hostPage(page, snippet);
  const height = await settledHeight(page);
  expect(height).toBeGreaterThanOrEqual(250);
  expect(height).toBeLessThanOrEqual(900);
  const inner = page.frameLocator('iframe[data-chronologie]');
  await expect(inner.locator('#count')).toHaveText('4 événements sur 33');
  await expect(inner.locator('#timeline g.mark')).toHaveCount(4);
  await expect(inner.locator('h1')).toHaveText('Chronologie des coups d’État, arrestations et expulsions');
  await expect(inner.locator('.embed-credit')).toContainText(/Source : \d+ articles de presse, mis à jour le \d+ \w+ \d{4}/);
  await expect(inner.locator('[data-embed-list]')).toBeHidden();
  // embed.js and the frame talk without a word in the host page's console.
  expect(messages).toEqual([]);
});

test('with all 33 events and one open, the frame stays between 250 and 900 px, at 600 px and on a phone', async ({ page }) => {
  for (const width of [600, 343]) {
    await hostPage(page, `<iframe src="${NEWS}/embed/?event=2021-coup-mali" title="Chronologie" height="560" loading="lazy" style="border:0;width:100%" data-chronologie></iframe><script async src="${NEWS}/embed.js"></script>`, width);
    const inner = page.frameLocator('iframe[data-chronologie]');
    await expect(inner.locator('#count')).toHaveText('33 événements');
    await expect(inner.locator('#details')).toBeVisible();
    await expect(inner.locator('#details [data-step="1"]')).toBeEnabled();
    const height = await settledHeight(page);
    expect(height, `${width} px`).toBeGreaterThanOrEqual(250);
    expect(height, `${width} px`).toBeLessThanOrEqual(900);
    // Précédent / suivant walk the events inside the frame.
    const title = await inner.locator('#details-title').textContent();
    await inner.locator('#details [data-step="1"]').click();
    await expect(inner.locator('#details-title')).not.toHaveText(title!);
  }
});

test('the options: no title, the list, dark or automatic theme, a fixed height; light by default whatever the reader\'s system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${NEWS}/embed/`);
  expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  await page.goto(`${NEWS}/embed/?theme=auto&titre=0&liste=1`);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 23)');
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('[data-embed-list]')).toBeVisible();
  await expect(page.locator('#event-list li:not([hidden])')).toHaveCount(33);

  await hostPage(page, `<iframe src="${NEWS}/embed/?height=400&liste=1" title="Chronologie" height="400" style="border:0;width:100%" data-chronologie></iframe><script async src="${NEWS}/embed.js"></script>`);
  await page.frameLocator('iframe').locator('#timeline g.mark').first().waitFor();
  await page.waitForTimeout(500);
  expect(await frameHeight(page)).toBe(400);
});

test('from and to frame the opening view on that period', async ({ page }) => {
  await page.goto(`${NEWS}/embed/?from=2023-01-01&to=2023-12-31`);
  await page.locator('#timeline g.mark').first().waitFor();
  const ticks = await page.locator('#timeline .tick text').allTextContents();
  expect(ticks.join(' ')).toMatch(/2023/);
  expect(ticks.join(' ')).not.toMatch(/2020|2021|2025/);
});

test('bad option values are ignored and never shown', async ({ page }) => {
  const bad = encodeURIComponent('<b id="injecte">x</b>');
  await page.goto(`${NEWS}/embed/?theme=${bad}&height=${bad}&pays=${bad}&types=${bad}&event=${bad}&from=${bad}&titre=${bad}&liste=${bad}&source=${bad}`);
  await expect(page.locator('#count')).toHaveText('33 événements');
  await page.goto(`${NEWS}/embed/?pays=ZZ&source=inconnue&q=${bad}`);
  await expect(page.locator('#count')).toHaveText('0 événement sur 33');
  await page.goto(`${NEWS}/embed/?pays=ZZ&source=inconnue&theme=${bad}&height=${bad}&types=${bad}&event=${bad}&from=${bad}&titre=${bad}&liste=${bad}`);
  await expect(page.locator('#count')).toHaveText('33 événements');
  await expect(page.locator('#injecte')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain('injecte');
  expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-embed-list]')).toBeHidden();
});

test('«Voir sur la chronologie» in a single event\'s embed opens the timeline at that event', async ({ page }) => {
  const id = '2021-05-24-arrest-mali';
  await hostPage(page, `<iframe src="${NEWS}/embed/${id}/" title="x" height="420" style="border:0;width:100%" data-chronologie></iframe><script async src="${NEWS}/embed.js"></script>`);
  await page.frameLocator('iframe').getByRole('link', { name: 'Voir sur la chronologie' }).click();
  await expect(page).toHaveURL(`${NEWS}/#${id}`);
  await expect(page.locator('#details')).toBeVisible();
  await expect(page.locator('#details-title')).toHaveText(await page.locator(`#liste-${id} .what`).textContent() ?? '');
});

test('the dialog offers the single open event, and its feedback clears', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${NEWS}/#2021-coup-mali`);
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByLabel('L’événement ouvert, seul').check();
  await expect(dialog.locator('textarea')).toHaveValue(/\/embed\/2021-coup-mali\/"/);
  await expect(dialog.getByLabel('la liste des événements sous la frise')).toBeDisabled();
  await dialog.getByLabel('La chronologie, telle qu’affichée').check();
  await dialog.getByLabel('Sombre').check();
  await dialog.getByLabel('Fixe, en pixels :').check();
  await dialog.getByLabel('Hauteur', { exact: true }).fill('480');
  await expect(dialog.locator('textarea')).toHaveValue(/\/embed\/\?event=2021-coup-mali&amp;theme=dark&amp;height=480" title="[^"]+" height="480"/);
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /theme=dark&height=480/);
  await dialog.getByRole('button', { name: 'Copier le code' }).click();
  await expect(dialog.locator('[data-feedback]')).toHaveText('Code copié');
  await expect(dialog.locator('[data-feedback]')).toHaveText('', { timeout: 6000 });
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  await page.goto(`${NEWS}/evenements/2021-coup-mali/`);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('[data-share] [data-feedback]')).toHaveText('Lien copié dans le presse-papiers');
  await expect(page.locator('[data-share] [data-feedback]')).toHaveText('', { timeout: 6000 });
});

test.describe('screenshots', () => {
  for (const width of [1280, 375]) {
    test(`the dialog and an embed in a host page at ${width} px`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 740 });
      await page.goto(`${NEWS}/?pays=ML#2022-01-31-expulsion-mali-france`);
      await page.getByRole('button', { name: 'Intégrer' }).click();
      await page.locator('dialog[open] iframe').contentFrame().locator('#timeline g.mark').first().waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: info.outputPath(`embed-dialog-${width}.png`) });
      const snippet = await page.locator('dialog[open] textarea').inputValue();
      await hostPage(page, snippet, width > 400 ? 640 : width);
      await settledHeight(page);
      await page.screenshot({ path: info.outputPath(`embed-host-${width}.png`), fullPage: true });
    });
  }
});
