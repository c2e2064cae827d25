/**
 * A word with other senses ("detain", "apprehend", "détenir") reports an arrest only about
 * people: a person phrase, or else a name right next to it (names.ts's capitalised words).
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locales/index.ts';
import { readArticle } from '../../src/extract/read.ts';
import { mentionsOf, prepareArticle } from '../../src/extract/article.ts';

const read = (lang: 'fr' | 'en', sentence: string) => {
  const locale = locales[lang]!;
  const article = readArticle('example', 'example.txt', sentence);
  return mentionsOf(prepareArticle(article, locale), locale, { published: '2024-03-08', derivation: 'stated', yearAnchor: null });
};

describe('a person named without a determiner or a title', () => {
  it('is the patient after an active verb', () => {
    const [m] = read('en', 'Riot police detained Amadou Kone at his home in the capital late on Tuesday.');
    expect(m?.type).toBe('arrest');
    expect(m?.patient).toBe('Amadou Kone');
    expect(m?.count).toBe(1);
    expect(m?.date?.range?.start).toBe('2024-03-05');
  });

  it('is the patient before a passive one', () => {
    const [m] = read('en', 'Opposition candidate Marie Tembo was apprehended on Wednesday as she reached the rally.');
    expect(m?.patient).toBe('Marie Tembo');
    expect(m?.date?.range?.start).toBe('2024-03-06');
  });

  it('is no person when it is an institution or a place', () => {
    expect(read('en', 'The Supreme Court has been apprehended by the news.')).toEqual([]);
    expect(read('en', 'Police detained Amnesty International staff.').map((m) => m.patient)).not.toContain('Amnesty International');
  });

  it('is not what a verb of a state owns in the active ("détient Total Energies")', () => {
    expect(read('fr', 'Le fonds détient Total Energies depuis 2019.')).toEqual([]);
    expect(read('fr', 'Jean Dupont est détenu depuis lundi à la prison centrale.')[0]?.patient).toBe('Jean Dupont');
  });
});
