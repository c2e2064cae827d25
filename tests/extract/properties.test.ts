/**
 * Properties on arbitrary text (fast-check): the extractor never throws, its output fits
 * the contract, every quote is verbatim at its offsets, and the order of files is irrelevant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read.ts';
import { extractCorpus } from '../../src/extract/pipeline.ts';
import { contractSchema } from '../../src/extract/schema.ts';
import { defaultLang, locales } from '../../src/locales/index.ts';

const options = { locales, fallback: defaultLang };

/** Words and phrases the rules react to, mixed with noise, so that the properties reach deep paths. */
const fragment = fc.oneof(
  fc.constantFrom('Le 14 août', 'le 3 mars 2024', ', ', '. ', '\n', '\r\n', 'mercredi', 'la veille', 'en 2020 et 2021', 'il y a deux ans',
    'a été arrêté', 'expulsé', 'persona non grata', "coup d'État", 'tentative de', "n'a pas", 'deux diplomates', 'cinq agents', 'à Bamako',
    'les autorités maliennes', 'la France', 'Lire aussi:', '© AFP', '<script>', '«', '»', 'M.', '31 février', '---\n', 'date 2025-09-23 ',
    '\u0000', '\uFFFD', '\u2028', '🙂', 'É', 'ﬁ', 'İ'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const corpus = fc.array(text, { minLength: 1, maxLength: 4 });

const articlesOf = (texts: string[]) => texts.map((t, i) => readArticle(`a${i}`, `a${i}.txt`, t, []));

describe('extractCorpus on arbitrary text', () => {
  it('never throws, fits the contract, and quotes verbatim', () => {
    fc.assert(fc.property(corpus, (texts) => {
      const articles = articlesOf(texts);
      const contract = contractSchema.parse(extractCorpus(articles, options));
      for (const e of contract.events) {
        for (const c of e.citations) {
          const source = articles.find((a) => a.id === c.source)!;
          expect(source.text.slice(c.start, c.end)).toBe(c.quote);
        }
      }
    }), { numRuns: 300 });
  });

  it('gives the same output whatever the order of the files', () => {
    fc.assert(fc.property(corpus, (texts) => {
      const forward = JSON.stringify(extractCorpus(articlesOf(texts), options));
      const backward = JSON.stringify(extractCorpus(articlesOf(texts).reverse(), options));
      expect(backward).toBe(forward);
    }), { numRuns: 150 });
  });

  it('keeps every existing id when articles about other events are added', () => {
    const other = fc.constantFrom(
      '---\npublished: 2023-07-28\n---\nDes militaires ont renversé le président le 26 juillet 2023 à Niamey.',
      '---\npublished: 2024-03-06\n---\nLe 5 mars 2024, la police a arrêté trois opposants à Conakry.',
      '---\npublished: 2021-10-26\n---\nAu Soudan, l\'armée a pris le pouvoir le 25 octobre 2021.',
    );
    const seeds = ['---\npublished: 2025-09-20\n---\nLe 19 septembre 2025, Paris a expulsé deux diplomates maliens.',
      '---\npublished: 2025-08-20\n---\nMi-août 2025, les autorités maliennes ont interpellé un ressortissant français à Bamako.'];
    const before = extractCorpus(articlesOf(seeds), options).events.map((e) => e.id);
    fc.assert(fc.property(fc.array(other, { maxLength: 3 }), (added) => {
      const after = extractCorpus(articlesOf([...seeds, ...added]), options).events.map((e) => e.id);
      expect(after).toEqual(expect.arrayContaining(before));
    }), { numRuns: 30 });
  });
});
