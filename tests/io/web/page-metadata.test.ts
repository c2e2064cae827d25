/** pageMetadata: the page's address, outlet, language and subscription mark. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { oneLine, pageMetadata } from '../../../src/io/web/page-metadata.ts';

const meta = (html: string, base: string | null = 'https://ex.example/a/page') =>
  pageMetadata(new JSDOM(`<!DOCTYPE html>${html}`).window.document, base);

describe('pageMetadata', () => {
  it('reads the canonical link, resolved and without tracking parameters', () => {
    expect(meta('<link rel="canonical" href="/a/vrai?utm_medium=social#haut">').canonical).toBe('https://ex.example/a/vrai');
  });
  it('falls back to og:url, and refuses what is not http(s)', () => {
    expect(meta('<meta property="og:url" content="https://ex.example/og">').canonical).toBe('https://ex.example/og');
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').canonical).toBeNull();
    expect(meta('<link rel="canonical" href="/relatif">', null).canonical).toBeNull();
  });
  it('names the outlet from og:site_name, else the JSON-LD publisher', () => {
    expect(meta('<meta property="og:site_name" content="  Le Journal\n Test ">').outlet).toBe('Le Journal Test');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Éditions Test"}}</script>';
    expect(meta(ld).outlet).toBe('Éditions Test');
    expect(meta('').outlet).toBeNull();
  });
  it('reduces <html lang> to the language', () => {
    expect(meta('<html lang="fr-FR">').lang).toBe('fr');
    expect(meta('<html lang="EN_gb">').lang).toBe('en');
    expect(meta('<html lang="n\'importe quoi">').lang).toBeNull();
    expect(meta('<html>').lang).toBeNull();
  });
  it('notices an article marked as not free to read', () => {
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>').subscribersOnly).toBe(true);
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"True"}</script>').subscribersOnly).toBe(false);
  });
});

describe('oneLine', () => {
  it('collapses white space and control characters', () => {
    expect(oneLine(' a\n\tb\u0007c ')).toBe('a b c');
    expect(oneLine('  ')).toBeNull();
  });
});
