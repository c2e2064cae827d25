/** Reading language and output language are separate: English reports give French events. */
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../helpers.ts';
import { extractCorpus } from '../../src/extract/pipeline.ts';
import { readArticle } from '../../src/extract/read.ts';
import { locales } from '../../src/locales/index.ts';

const article = (lang: string, published: string, body: string) => `---\npublished: ${published}\nlang: ${lang}\n---\n${body}\n`;

const english = article('en', '2024-03-06', 'Police in Conakry arrested three opposition activists on Tuesday, March 5, 2024, a rights group said.');
const french = article('fr', '2024-03-06', 'Le 5 mars 2024, la police a arrêté trois militants de l\'opposition à Conakry.');

describe('an English report', () => {
  it('gives an event with a French title, a French country name and no English words', () => {
    const c = extractTexts({ en1: english });
    expect(c.events).toHaveLength(1);
    const e = c.events[0]!;
    expect(e.type).toBe('arrest');
    expect(e.date.start).toBe('2024-03-05');
    expect(e.country).toBe('GN');
    expect(e.id).toBe('2024-03-05-arrest-guinee');
    expect(e.title).toBe('Arrestation de trois personnes à Conakry');
    expect(e.patient).toBe('3 personnes');
    expect(c.sources[0]!.lang).toBe('en');
  });

  it('reads nationality before the noun: "two French diplomats" are two, and French', () => {
    const c = extractTexts({ en2: article('en', '2025-04-15', 'Algeria expelled two French diplomats on Monday, April 14, 2025.') });
    const e = c.events[0]!;
    expect([e.type, e.count, e.country, e.agent]).toEqual(['expulsion', 2, 'DZ', 'Algérie']);
    expect(e.title).toBe('L’Algérie expulse deux personnes');
  });

  it('reads a capitalised title without a determiner as one person, with the country before it', () => {
    const c = extractTexts({ en3: article('en', '2023-07-27', 'Troops detained Niger President Ahmed Example on Wednesday, July 26, 2023.') });
    const e = c.events[0]!;
    expect([e.type, e.count, e.agent, e.country]).toEqual(['arrest', 1, null, 'NE']);
    expect(e.title).toBe('Arrestation d’une personne au Niger');
  });

  it('is merged with a French report of the same arrest: one event, two citations, the French words', () => {
    const c = extractTexts({ en1: english, fr1: french });
    expect(c.events).toHaveLength(1);
    const e = c.events[0]!;
    expect(e.citations.map((x) => x.source).sort()).toEqual(['en1', 'fr1']);
    expect(e.title).toBe('Arrestation de trois militants de l’opposition à Conakry');
  });

  it('can be written in English when the output locale says so', () => {
    const c = extractCorpus([readArticle('en1', 'en1.txt', english, [])], { locales, fallback: 'fr', outputLocale: locales.en });
    expect(c.events[0]!.title).toBe('Arrest of three opposition activists in Conakry');
  });
});
