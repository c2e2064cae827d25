import { describe, expect, it } from 'vitest';
import { decode, readArticle } from '../../src/extract/read.ts';

describe('readArticle', () => {
  it('reads YAML front matter and starts the body after it', () => {
    const text = '---\ntitle: Un titre\noutlet: Le Journal\nurl: https://example.org/a\npublished: 2024-05-02\nlang: fr\n---\nCorps.';
    const a = readArticle('a', 'a.md', text);
    expect(a.meta).toEqual({ title: 'Un titre', outlet: 'Le Journal', url: 'https://example.org/a', published: '2024-05-02', lang: 'fr' });
    expect(text.slice(a.bodyStart)).toBe('Corps.');
  });

  it('reads a "date YYYY-MM-DD" header line', () => {
    const a = readArticle('a', 'a.txt', ' date 2025-09-23 La France a annoncé...');
    expect(a.meta.published).toBe('2025-09-23');
    expect(a.text.slice(a.bodyStart)).toBe('La France a annoncé...');
  });

  it('invents nothing when there is no metadata', () => {
    expect(readArticle('a', 'a.txt', 'Texte.').meta).toEqual({ title: null, outlet: null, url: null, published: null, lang: null });
  });

  it('ignores, with a warning, a url that is not http(s) and an impossible date', () => {
    const a = readArticle('a', 'a.md', '---\nurl: javascript:alert(1)\npublished: 2025-02-31\n---\nTexte.');
    expect(a.meta.url).toBeNull();
    expect(a.meta.published).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/url.*not an http/);
    expect(a.warnings.join(' ')).toMatch(/2025-02-31/);
  });

  it('warns about malformed front matter and keeps the article', () => {
    const a = readArticle('a', 'a.md', '---\ntitle: [oops\n---\nTexte.');
    expect(a.warnings[0]).toMatch(/not valid YAML/);
    expect(a.text.slice(a.bodyStart)).toBe('Texte.');
  });
});

describe('decode', () => {
  it('reads text that is not UTF-8 as Windows-1252, with a warning', () => {
    const warnings: string[] = [];
    expect(decode(new Uint8Array([0x65, 0x78, 0x70, 0x75, 0x6c, 0x73, 0xe9]), warnings)).toBe('expulsé');
    expect(warnings[0]).toMatch(/not valid UTF-8: decoded as Windows-1252/);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const warnings: string[] = [];
    expect(decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]), warnings)).toBe('Aé');
    expect(warnings[0]).toMatch(/UTF-16/);
  });
});
