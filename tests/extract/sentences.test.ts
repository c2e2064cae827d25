import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.ts';
import { fr } from '../../src/locales/fr/index.ts';

const split = (text: string) => splitSentences(text, [{ start: 0, end: text.length }], 'fr', fr.abbreviations);

describe('splitSentences', () => {
  it('does not end a sentence after M., col. or an initial', () => {
    const text = 'M. Dupont a vu le col. Diarra et J. Martin hier. Puis il est parti.';
    expect(split(text).map((s) => s.text)).toEqual(['M. Dupont a vu le col. Diarra et J. Martin hier.', 'Puis il est parti.']);
  });

  it('treats a line without final punctuation as its own sentence', () => {
    expect(split("L'arrestation qui a tout déclenché\nMi-août 2025, X.").map((s) => s.text)).toEqual(["L'arrestation qui a tout déclenché", 'Mi-août 2025, X.']);
  });

  it('gives exact trimmed offsets', () => {
    const text = '  Une phrase.   Deux phrases.  ';
    for (const s of split(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
