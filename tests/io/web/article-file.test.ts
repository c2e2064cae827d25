/** The article file: a stable name per address, and front matter that the reader reads back. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/read.ts';
import { articleFileText, articleSlug, slugify } from '../../../src/io/web/article-file.ts';

describe('articleSlug', () => {
  it('is stable for an address and differs between addresses', () => {
    const a = articleSlug('https://ex.example/monde/article/2025/03/13/niamey-expulse-trois-employes_123.html');
    expect(a).toBe(articleSlug('https://ex.example/monde/article/2025/03/13/niamey-expulse-trois-employes_123.html'));
    expect(a).toMatch(/^niamey-expulse-trois-employes-123-[0-9a-f]{8}$/);
    expect(articleSlug('https://ex.example/other/niamey-expulse-trois-employes_123.html')).not.toBe(a);
  });
  it('skips numeric segments and falls back to the host', () => {
    expect(articleSlug('https://ex.example/mali-junte/4567890')).toMatch(/^mali-junte-[0-9a-f]{8}$/);
    expect(articleSlug('https://www.ex.example/')).toMatch(/^ex-example-[0-9a-f]{8}$/);
  });
  it('is plain ASCII and bounded in length, whatever the address', () => {
    const slug = articleSlug(`https://ex.example/${encodeURIComponent('Côte d’Ivoire : l’armée ')}${'x'.repeat(200)}/%E9`);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(slug.length).toBeLessThanOrEqual(69);
  });
  it('names a saved file by its own name', () => {
    expect(articleSlug('file:///home/moi/Téléchargements/Article%20du%20jour.html')).toMatch(/^article-du-jour-[0-9a-f]{8}$/);
  });
});

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify("Mali : l'armée prend le pouvoir")).toBe('mali-l-armee-prend-le-pouvoir');
  });
});

describe('articleFileText', () => {
  it('writes front matter that readArticle reads back exactly, then the paragraphs', () => {
    const fields = { url: 'https://ex.example/a?x=1&y=2', title: 'Mali : « la junte » expulse #3, d’après "X"', outlet: 'Le Journal: Test',
      published: '2025-03-13', lang: 'fr' };
    const text = articleFileText(fields, ['Premier paragraphe.', 'Second paragraphe.']);
    const article = readArticle('a', 'a.txt', text);
    expect(article.warnings).toEqual([]);
    expect(article.meta).toEqual(fields);
    expect(text.slice(article.bodyStart)).toBe('Premier paragraphe.\n\nSecond paragraphe.\n');
  });
  it('leaves out what is unknown rather than writing it empty', () => {
    const text = articleFileText({ url: null, title: 'Titre', outlet: null, published: null, lang: null }, ['Texte.']);
    expect(text).toBe('---\ntitle: Titre\n---\nTexte.\n');
    expect(readArticle('b', 'b.txt', text).meta).toEqual({ url: null, title: 'Titre', outlet: null, published: null, lang: null });
  });
});
