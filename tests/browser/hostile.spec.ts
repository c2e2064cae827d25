/**
 * The site built from hostile and broken articles (tests/fixtures/hostile and bad-input,
 * served on the next port): article text must stay inert text everywhere, and every
 * article that can be read still gives its events.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { paths as site } from '../../src/site/urls.ts';

const EDGE = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4322) + 1}`;

/** Fails on any script the articles could have smuggled in. */
async function expectInert(page: Page) {
  const injected = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) bad.push(`${el.tagName} ${attr}`);
        if (['href', 'src', 'action'].includes(attr) && /^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) bad.push(`${el.tagName} ${attr}=javascript:`);
      }
    }
    for (const s of document.querySelectorAll('script')) {
      const type = s.getAttribute('type') ?? '';
      if (!['application/json', 'application/ld+json'].includes(type) && !s.src && s.textContent?.includes('alert')) bad.push('inline script');
      if (type === 'application/ld+json' || type === 'application/json') JSON.parse(s.textContent ?? '');
    }
    return bad;
  });
  expect(injected).toEqual([]);
}

test.describe('hostile articles', () => {
  test('every page shows the articles\' markup as text and runs none of it', async ({ page, request }) => {
    test.slow(); // every page of the edge site, one after the other (about 90)
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const contract = await (await request.get(`${EDGE}/events.json`)).json();
    const paths = [
      '/', '/rapport/', '/embed/',
      ...contract.events.flatMap((e: { id: string }) => [`/evenements/${e.id}/`, `/embed/${e.id}/`]),
      ...contract.sources.map((s: { id: string }) => site.source(s.id)),
    ];
    for (const path of paths) {
      const response = await page.goto(`${EDGE}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectInert(page);
    }
    await page.goto(`${EDGE}/#2024-03-03-arrest-senegal`);
    await expect(page.locator('#details blockquote').first()).toContainText(`<img src=x onerror="alert('corps')">`);
    await page.goto(`${EDGE}/sources/xss/`);
    // Named by outlet and title, both shown as the text they are.
    await expect(page.locator('h1')).toHaveText(`"><img src=x onerror=alert('media')> · <script>alert('titre')</script> Titre piégé`);
    await expect(page.locator('dl.facts')).toContainText(`"><img src=x onerror=alert('media')>`);
    expect(dialogs).toEqual([]);
  });

  test('a quote in another language says so to screen readers, and a hostile language tag stays text', async ({ page }) => {
    await page.goto(`${EDGE}/evenements/2024-07-08-arrest-ghana/`);
    await expect(page.locator('.citations blockquote')).toHaveAttribute('lang', 'en');
    await page.goto(`${EDGE}/#2024-07-08-arrest-ghana`);
    await expect(page.locator('#details blockquote')).toHaveAttribute('lang', 'en');
    await page.goto(`${EDGE}/sources/english/`);
    await expect(page.locator('dl.facts')).toContainText('anglais');
    await page.goto(`${EDGE}/evenements/2024-06-10-arrest-benin/`);
    await expect(page.locator('.citations blockquote')).not.toHaveAttribute('lang', /./);
    await page.goto(`${EDGE}/sources/langue/`);
    await expect(page.locator('dl.facts')).toContainText(`en" onmouseover="alert('langue')`);
    await expectInert(page);
  });

  test('the url from front matter is an escaped http link, never a way out', async ({ page }) => {
    await page.goto(`${EDGE}/sources/xss/`);
    const href = await page.locator('dl.facts a[rel~="external"]').getAttribute('href');
    expect(href).toBe("https://example.org/a%22%3E%3Cscript%3Ealert('url')%3C/script%3E");
    await page.goto(`${EDGE}/sources/url-javascript/`);
    await expect(page.locator('dl.facts a[rel~="external"]')).toHaveCount(0);
  });

  test('feeds carry the hostile text escaped and still parse', async ({ request }) => {
    const rss = new XMLParser().parse(await (await request.get(`${EDGE}/rss.xml`)).text());
    expect(JSON.stringify(rss)).toContain("alert('citation')");
    const ics = new ICAL.Component(ICAL.parse(await (await request.get(`${EDGE}/events.ics`)).text()));
    expect(ics.getAllSubcomponents('vevent').length).toBeGreaterThan(5);
    const png = await request.get(`${EDGE}/og/2024-04-01-expulsion-niger.png`);
    expect(png.headers()['content-type']).toBe('image/png');
  });
});

test.describe('broken articles', () => {
  test('the build report lists every file set aside and every odd one', async ({ page }) => {
    await page.goto(`${EDGE}/rapport/`);
    for (const text of ['vide.txt', 'empty file', 'binaire.txt', 'binary file', 'doublon.md', 'same text as', 'latin1.txt',
      'Windows-1252', 'utf16.txt', 'page-html.txt', 'front-matter-cassee.md', 'url-javascript.md', 'impossible date', 'langue-inconnue.md', 'sans-evenement.md']) {
      await expect(page.locator('main')).toContainText(text);
    }
  });

  test('a source whose file name has spaces and accents has its page', async ({ page }) => {
    await page.goto(`${EDGE}/`);
    // Named by its date (it has no title or outlet), never by its file name.
    await page.getByLabel('Source').selectOption({ label: 'Article du 3 décembre 2024' });
    await page.locator('#event-list li:not([hidden]) a').click();
    await page.locator('cite a').first().click();
    await expect(page.locator('h1')).toHaveText('Article du 3 décembre 2024');
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/sources/nom avec espaces é/');
  });
});

test('sources whose file names are not URL-safe (`..md`, `a#b.md`, `100%.md`, `a\\b.md`) are reached from their events', async ({ page, request }) => {
  const contract = await (await request.get(`${EDGE}/events.json`)).json() as { events: { id: string; citations: { source: string }[] }[] };
  for (const [name, id] of [['...md', '..'], ['..md', '.'], ['a#b.md', 'a#b'], ['a?b.md', 'a?b'], ['100%.md', '100%'], ['a\\b.md', 'a\\b']] as const) {
    const event = contract.events.find((e) => e.citations.some((c) => c.source === id));
    expect(event, name).toBeTruthy();
    await page.goto(`${EDGE}/evenements/${event!.id}/`);
    await page.locator(`a[href="${site.source(id)}"]`).first().click();
    await expect(page.locator('dl.facts code'), name).toHaveText(name);
    expect(new URL(page.url()).pathname).toBe(site.source(id));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${EDGE}${site.source(id)}`);
  }
});

test.describe('permalinks', () => {
  test('an old id that became another event leads to it', async ({ page }) => {
    await page.goto(`${EDGE}/evenements/2019-renamed-arrest-senegal/`);
    await expect(page).toHaveURL(`${EDGE}/evenements/2024-05-02-arrest-senegal/`);
    await expect(page.locator('h1')).toHaveText('Arrestation de trois militants à Dakar');
  });

  test('alias pages are not indexed nor in the sitemap; aliases that are not event ids are reported, not built', async ({ request }) => {
    const alias = await (await request.get(`${EDGE}/evenements/2019-renamed-arrest-senegal/`)).text();
    expect(alias).toMatch(/<meta name="robots" content="noindex"/);
    const sitemap = await (await request.get(`${EDGE}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(`${EDGE}/evenements/2024-05-02-arrest-senegal/`);
    expect(sitemap).not.toContain('2019-renamed');
    expect(sitemap).not.toContain('/embed/');
    expect(sitemap).toContain(`${EDGE}${site.source('a#b')}`);
    const report = await (await request.get(`${EDGE}/rapport/`)).text();
    expect(report).toContain('alias &quot;2019/renamed&quot; -&gt; &quot;2024-05-02-arrest-senegal&quot; set aside');
    expect(report).toContain('alias &quot;../../index&quot;');
    expect((await request.get(`${EDGE}/evenements/2019/renamed/`)).status()).toBe(404);
  });
});

test.describe('deployment headers', () => {
  test('pages refuse to be framed, embeds allow it, as Cloudflare Pages sends the headers (one policy each)', async ({ request }) => {
    for (const path of ['/', '/evenements/2024-05-02-arrest-senegal/', site.source('a#b'), '/rapport/', '/nulle-part/']) {
      const page = await request.get(`${EDGE}${path}`);
      if (path === '/nulle-part/') expect(page.status()).toBe(404);
      else {
        expect(page.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
        expect(page.headers()['x-frame-options'], path).toBe('DENY');
      }
      expect(page.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    for (const path of ['/embed/', '/embed/2024-05-02-arrest-senegal/']) {
      const embed = await request.get(`${EDGE}${path}`);
      expect(embed.headers()['content-security-policy'], path).toBe('frame-ancestors *');
      expect(embed.headers()['x-frame-options'], path).toBeUndefined();
    }
  });
});
