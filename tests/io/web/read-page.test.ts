/** readPage: a page's bytes to its article, without running or loading anything. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/io/web/read-page.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/web/${name}`);
const paragraph = 'Les forces de sécurité ont arrêté lundi plusieurs responsables d’un parti d’opposition dans la capitale, selon un avocat. ';

describe('readPage', () => {
  it('decodes a page by its own <meta charset> when the server names none', () => {
    const page = readPage(fixture('sans-date.html'), 'https://ex.example/mali/journaliste-interpelle');
    expect(page.title).toBe('Mali : un journaliste interpellé à Bamako');
    expect(page.paragraphs[0]).toMatch(/^Un journaliste d'une radio privée a été interpellé à Bamako/);
  });

  it('prefers the server’s character set', () => {
    const bytes = Buffer.from(`<!DOCTYPE html><html><head><meta charset="windows-1252"><title>t</title></head><body><article><p>${paragraph.repeat(4)}</p></article></body></html>`);
    expect(readPage(bytes, 'https://ex.example/a', 'text/html; charset=utf-8').paragraphs[0]).toContain('sécurité');
  });

  it('reads an XHTML page as HTML', () => {
    const bytes = Buffer.from(`<html lang="fr"><body><article><p>${paragraph.repeat(4)}<br></p></article></body></html>`);
    const page = readPage(bytes, 'https://ex.example/a', 'application/xhtml+xml; charset=utf-8');
    expect(page.lang).toBe('fr');
    expect(page.paragraphs[0]).toMatch(/^Les forces de sécurité/);
  });

  it('never runs the page’s scripts', () => {
    const bytes = Buffer.from(`<html><body><article><p>${paragraph.repeat(4)}</p></article>` +
      '<script>document.querySelector("article").textContent = "Texte remplacé par un script"</script></body></html>');
    const page = readPage(bytes, 'https://ex.example/a');
    expect(page.paragraphs.join(' ')).not.toContain('remplacé');
    expect(page.paragraphs[0]).toMatch(/^Les forces de sécurité/);
  });

  it('gives no paragraph for a page with no text', () => {
    expect(readPage(Buffer.from(''), null)).toMatchObject({ paragraphs: [], title: null, canonical: null, published: null });
  });
});
