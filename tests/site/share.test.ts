import { describe, expect, it } from 'vitest';
import { embedSnippet, shareLinks } from '../../src/site/share.ts';

describe('shareLinks', () => {
  it('builds plain links for each network, with the URL and title encoded', () => {
    const links = shareLinks('https://ex.org/evenements/a/', 'L\'Algérie & la France');
    expect(links.map((l) => l.name)).toEqual(['E-mail', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
    for (const l of links) expect(l.href).not.toMatch(/[ &]la France/);
    expect(links[2]!.href).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fex.org%2Fevenements%2Fa%2F');
  });
});

describe('embedSnippet', () => {
  it('escapes the title so it cannot break out of the attribute', () => {
    const s = embedSnippet({ src: 'https://ex.org/embed/a/', title: '"><script>alert(1)</script>', height: 400, script: 'https://ex.org/embed.js' });
    expect(s).not.toContain('<script>alert');
    expect(s).toContain('title="&quot;&gt;&lt;script&gt;');
    expect(s).toContain('loading="lazy"');
    expect(s).toContain('data-chronologie');
  });
});
