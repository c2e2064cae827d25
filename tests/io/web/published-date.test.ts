/** publishedDate: the date a page states, in order of trust, and where it was read. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { calendarDay, publishedDate, urlDate } from '../../../src/io/web/published-date.ts';

const doc = (head: string, body = '') => new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const ld = (object: unknown) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;

describe('calendarDay', () => {
  it('keeps the publisher’s calendar day of a timestamp with an offset', () => {
    expect(calendarDay('2025-03-13T00:40:00+01:00')).toBe('2025-03-13');
    expect(calendarDay('2025-03-13')).toBe('2025-03-13');
  });
  it('reads other written forms as UTC', () => {
    expect(calendarDay('Thu, 13 Mar 2025 08:00:00 GMT')).toBe('2025-03-13');
  });
  it('refuses impossible or missing dates', () => {
    expect(calendarDay('2025-02-31T10:00:00Z')).toBeNull();
    expect(calendarDay('hier')).toBeNull();
    expect(calendarDay('')).toBeNull();
  });
});

describe('urlDate', () => {
  it('finds a whole date in the path', () => {
    expect(urlDate('https://ex.example/2024/06/19/titre')).toBe('2024-06-19');
    expect(urlDate('https://ex.example/monde/titre-2024-06-19.html')).toBe('2024-06-19');
    expect(urlDate('https://ex.example/archives/20240619/titre')).toBe('2024-06-19');
  });
  it('ignores a month, an id or an impossible date', () => {
    expect(urlDate('https://ex.example/2024/06/titre')).toBeNull();
    expect(urlDate('https://ex.example/article/12345678')).toBeNull();
    expect(urlDate('https://ex.example/2024/02/30/titre')).toBeNull();
  });
});

describe('publishedDate', () => {
  it('prefers article:published_time', () => {
    const d = doc(`<meta property="article:published_time" content="2025-01-02T09:00:00+01:00">${ld({ '@type': 'NewsArticle', datePublished: '2025-01-05' })}`);
    expect(publishedDate(d, null)).toEqual({ date: '2025-01-02', from: 'article:published_time' });
  });
  it('then JSON-LD datePublished of an article, inside @graph too', () => {
    const d = doc(ld({ '@graph': [{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': ['ReportageNewsArticle'], datePublished: '2025-01-05T23:30:00-05:00' }] }));
    expect(publishedDate(d, null)).toEqual({ date: '2025-01-05', from: 'JSON-LD datePublished' });
  });
  it('then the article’s <time datetime> rather than a sidebar’s', () => {
    const d = doc('', '<aside><time datetime="2019-05-05">ancien</time></aside><article><time datetime="2025-01-07T10:00">7 janvier</time></article>');
    expect(publishedDate(d, null)).toEqual({ date: '2025-01-07', from: '<time datetime>' });
  });
  it('then a date in the URL', () => {
    expect(publishedDate(doc(''), 'https://ex.example/2025/01/08/titre')).toEqual({ date: '2025-01-08', from: 'the URL' });
  });
  it('skips invalid values and broken JSON-LD, and gives null when nothing is stated', () => {
    const d = doc('<meta property="article:published_time" content="bientôt"><script type="application/ld+json">{ broken</script>');
    expect(publishedDate(d, 'https://ex.example/monde/titre')).toBeNull();
  });
});
