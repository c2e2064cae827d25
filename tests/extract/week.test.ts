/** "Last week", "la semaine dernière", "two weeks ago": the seven days around a day, not a day's guess. */
import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../src/extract/resolve.ts';
import { extractTexts } from '../helpers.ts';

const ctx = { yearAnchor: null, tense: 'past' as const, previous: null };
const lastWeek = { kind: 'offset' as const, unit: 'week' as const, amount: -1, from: 'publication' as const };
const article = (lang: string, published: string, body: string) => `---\npublished: ${published}\nlang: ${lang}\n---\n${body}\n`;

describe('a week before publication', () => {
  it('is the seven days around the same weekday a week before, at the precision of the month that holds them', () => {
    expect(resolveValue(lastWeek, { ...ctx, publication: '2025-09-19' }).range).toEqual({ start: '2025-09-09', end: '2025-09-15', precision: 'month' });
    expect(resolveValue({ ...lastWeek, amount: -2 }, { ...ctx, publication: '2025-09-19' }).range).toEqual({ start: '2025-09-02', end: '2025-09-08', precision: 'month' });
  });

  it('across two months is held by the year, across New Year keeps the day', () => {
    expect(resolveValue(lastWeek, { ...ctx, publication: '2025-10-08' }).range).toEqual({ start: '2025-09-28', end: '2025-10-04', precision: 'year' });
    expect(resolveValue(lastWeek, { ...ctx, publication: '2025-01-08' }).range).toEqual({ start: '2025-01-01', end: '2025-01-01', precision: 'day' });
  });

  it('counted from the event before ("trois semaines plus tard") stays a day', () => {
    const previous = { start: '2025-03-03', end: '2025-03-03', precision: 'day' as const };
    expect(resolveValue({ kind: 'offset', unit: 'week', amount: 3, from: 'previous' }, { ...ctx, publication: '2025-09-19', previous }).range)
      .toEqual({ start: '2025-03-24', end: '2025-03-24', precision: 'day' });
  });
});

describe('an event reported "last week"', () => {
  const english = article('en', '2025-09-19', 'Security forces arrested the opposition leader Amadou Exemple in Bamako last week, his party said.');

  it('alone is dated to its month, not to a day nobody gave', () => {
    const c = extractTexts({ en: english });
    expect(c.events.map((e) => [e.type, e.date])).toEqual([
      ['arrest', { start: '2025-09-01', end: '2025-09-30', precision: 'month', derivation: 'relative-to-publication' }],
    ]);
  });

  it('is the same event as a report of a day in that week, which dates it', () => {
    const french = article('fr', '2025-09-12', "Le 11 septembre 2025, les forces de sécurité ont arrêté l'opposant Amadou Exemple à Bamako.");
    const c = extractTexts({ en: english, fr: french });
    expect(c.events).toHaveLength(1);
    expect(c.events[0]!.date).toMatchObject({ start: '2025-09-11', precision: 'day' });
    expect(c.events[0]!.citations.map((x) => x.source).sort()).toEqual(['en', 'fr']);
  });

  it('in French too', () => {
    const c = extractTexts({ fr: article('fr', '2025-09-19', "La police a arrêté la semaine dernière l'opposant Amadou Exemple à Bamako.") });
    expect(c.events.map((e) => e.date.precision)).toEqual(['month']);
    expect(c.events[0]!.citations[0]!.dateText).toBe('la semaine dernière');
  });
});
