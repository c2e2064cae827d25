import { describe, expect, it } from 'vitest';
import { urlDate } from '../../src/extract/reference.ts';
import { weekdayWindow, yearFittingWeekday } from '../../src/extract/weekday-fit.ts';
import { extractTexts } from '../helpers.ts';

const undated = (body: string, url?: string) => `---\n${url ? `url: ${url}\n` : ''}lang: fr\n---\n${body}\n`;
const sourceOf = (c: ReturnType<typeof extractTexts>, id = 'a') => c.sources.find((s) => s.id === id)!;

describe('urlDate', () => {
  it('reads year/month/day folders, glued timestamps and dated slugs', () => {
    expect(urlDate('https://example.org/2022/01/24/un-titre/')).toBe('2022-01-24');
    expect(urlDate('https://example.org/archive/2006-09/20/content_1.htm')).toBe('2006-09-20');
    expect(urlDate('https://example.org/monde/20210313-un-titre')).toBe('2021-03-13');
    expect(urlDate('https://example.org/un-titre_AN-202308310548.html')).toBe('2023-08-31');
  });

  it('gives nothing for ids that are not dates, bad months, or non-URLs', () => {
    expect(urlDate('https://example.org/article/2869361')).toBeNull();
    expect(urlDate('https://example.org/a/20211399-x')).toBeNull();
    expect(urlDate('pas une adresse')).toBeNull();
    expect(urlDate(null)).toBeNull();
  });
});

describe('yearFittingWeekday', () => {
  it('takes the year of the window where the day falls on its weekday', () => {
    // 31 January was a Monday in 2022 and in 2011.
    expect(yearFittingWeekday({ month: 1, day: 31, weekday: 1, precision: 'day' }, { latest: 2025, earliest: 2013 })).toBe(2022);
    expect(yearFittingWeekday({ month: 1, day: 31, weekday: 1, precision: 'day' }, { latest: 2021, earliest: 2009 })).toBe(2011);
  });

  it('finds no year when the weekday fits none of the window (a typo is no evidence)', () => {
    expect(yearFittingWeekday({ month: 3, day: 26, weekday: 3, precision: 'day' }, weekdayWindow(2020, 2025)!)).toBeNull();
  });
});

describe('an undated article dates itself', () => {
  it('from a publication line', () => {
    const c = extractTexts({ a: undated('Publié le 14/02/2019 à 10h05\nLa police a arrêté mardi deux opposants à Lomé.') });
    expect(sourceOf(c)).toMatchObject({ published: '2019-02-14', publishedDerivation: 'inferred' });
    expect(sourceOf(c).publishedEvidence[0]).toMatchObject({ kind: 'publication-line', date: '2019-02-14' });
    expect(c.events[0]!.date).toMatchObject({ start: '2019-02-12', derivation: 'relative-to-publication' });
  });

  it('from a date in its address', () => {
    const c = extractTexts({ a: undated('La police a arrêté hier deux opposants à Lomé.', 'https://example.org/2019/02/14/arrestations') });
    expect(sourceOf(c).publishedEvidence[0]).toMatchObject({ kind: 'url-date', date: '2019-02-14' });
    expect(c.events[0]!.date.start).toBe('2019-02-13');
  });

  it('from a deictic full date ("ce jeudi 14 février 2019")', () => {
    const c = extractTexts({ a: undated('Des tirs ont été entendus ce jeudi 14 février 2019 à Lomé.\nLa veille, la police avait arrêté deux opposants.') });
    expect(sourceOf(c).publishedEvidence[0]).toMatchObject({ kind: 'deictic-date', date: '2019-02-14' });
  });

  it("from an agency's dateline, before a date stamp at the top of the page", () => {
    const c = extractTexts({ a: `---\nlang: en\n---\n• Sat Jun 1 2024\n\nACCRA, May 7 (Agency) - Police arrested opposition leader Kofi Mensah on Tuesday, his party said.\n` });
    expect(sourceOf(c).publishedEvidence[0]).toMatchObject({ kind: 'dateline', date: '2024-05-07' });
    // Tuesday counts from the dispatch, not from the page's stamp.
    expect(c.events[0]!.date.start).toBe('2024-05-07');
  });

  it('a paragraph opening on a date and a comma is no dateline ("Mardi, le 5 mars, …")', () => {
    const c = extractTexts({ a: undated('Mardi, le 5 mars, des militaires ont arrêté le président à Lomé.\nLe 9 mars 2024, la junte a dissous le gouvernement.') });
    expect(sourceOf(c).publishedEvidence.map((e) => e.kind)).not.toContain('dateline');
  });

  it('from a weekday that fits one year of the corpus when the text names none', () => {
    const other = `---\npublished: 2025-06-01\n---\nRien à signaler.\n`;
    const c = extractTexts({ a: undated('Le gouvernement a annoncé, lundi 31 janvier, expulser trois diplomates.'), b: other });
    expect(c.events.find((e) => e.type === 'expulsion')!.date.start).toBe('2022-01-31');
  });
});
