import { describe, expect, it } from 'vitest';
import { fileAsName, headline, nameSources, outletOf } from '../../src/site/source-names.ts';
import type { SourceRecord } from '../../src/extract/schema.ts';

const source = (id: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id, file: `x/${id}.txt`, title: null, outlet: null, url: null, published: null, publishedDerivation: 'stated',
  publishedEvidence: [], lang: 'fr', warnings: [], ...extra,
} as SourceRecord);

describe('headline', () => {
  it('takes a first line that stands alone and is not a sentence', () => {
    expect(headline('France-Mali : expulsion croisée de diplomates\n\nLe texte.')).toBe('France-Mali : expulsion croisée de diplomates');
    expect(headline('---\npublished: 2024-01-01\n---\nCôte d’Ivoire : deux opposants interpellés\n\nCorps.')).toBe('Côte d’Ivoire : deux opposants interpellés');
  });
  it('refuses a paragraph or a dateline', () => {
    expect(headline('La France a annoncé la suspension de sa coopération avec le Mali.\nSuite.')).toBeNull();
    expect(headline(' date 2025-09-23 La France a annoncé\n')).toBeNull();
    expect(headline('')).toBeNull();
  });
});

describe('nameSources', () => {
  const words = (iso: string) => `le ${iso}`;
  it('names by outlet and title, derives both, and never shows a file id', () => {
    const list = [
      source('001_803ca82409221e56', { published: '2025-09-19' }),
      source('002_9898b08f002cbda8', { published: '2025-09-19' }),
      source('guinee-1', { url: 'https://www.example.org/guinee', title: 'Trois opposants arrêtés' }),
      source('gabon'),
    ];
    const names = nameSources(list, (s) => (s.id.startsWith('002') ? 'Un titre de une\n\nLe corps.' : 'Une phrase.'), words);
    expect(names.get('001_803ca82409221e56')).toBe('Article du le 2025-09-19');
    expect(names.get('002_9898b08f002cbda8')).toBe('Un titre de une');
    expect(names.get('guinee-1')).toBe('example.org · Trois opposants arrêtés');
    expect(names.get('gabon')).toBe('Gabon');
  });
  it('tells apart two sources that would read the same', () => {
    const names = nameSources([source('a', { published: '2025-01-01' }), source('b', { published: '2025-01-01' })], () => '', words);
    expect(names.get('a')).toBe('Article du le 2025-01-01 (1)');
    expect(names.get('b')).toBe('Article du le 2025-01-01 (2)');
  });
  it('helpers', () => {
    expect(outletOf(source('x', { url: 'not a url' }))).toBeNull();
    expect(fileAsName('algerie-maroc')).toBe('Algerie maroc');
  });
});
