import { describe, expect, it } from 'vitest';
import { keptSpans } from '../../src/extract/clean.ts';
import { readArticle } from '../../src/extract/read.ts';
import { fr } from '../../src/locales/fr/index.ts';

const kept = (text: string) => keptSpans(readArticle('a', 'a.txt', text), fr).map((s) => text.slice(s.start, s.end)).join('|');

describe('keptSpans', () => {
  it('drops calls to follow, credits, captions and button lines', () => {
    const text = 'Titre© Jerome Delay Source: AP\nLégende. [Photo d\'illustration]\nSuivez RT en français surTelegram\nVrai texte.\nOK\nComments';
    expect(kept(text).trim()).toBe('Vrai texte.');
  });

  it('drops an inline "Lire aussi" link up to the next sentence', () => {
    const text = "Avant. Lire aussi: Sahara-ONU : Vers une recomposition des alliances autour du plan d'autonomie Depuis 2020, rien.";
    expect(kept(text)).toBe('Avant. |Depuis 2020, rien.');
  });

  it('keeps offsets into the original text', () => {
    const text = 'Restez informé sur WhatsApp\nLe 3 mai, X.';
    const spans = keptSpans(readArticle('a', 'a.txt', text), fr);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('\nLe 3 mai, X.');
  });
});
