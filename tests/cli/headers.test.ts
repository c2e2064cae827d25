/**
 * public/_headers read as Cloudflare Pages and as Netlify read it (src/cli/headers.ts): every
 * route of the site gets one framing decision under both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudflareHeaders, matching, netlifyHeaders, parseHeaders } from '../../src/cli/headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

/** One request path per route of the site: its pages (an id for each `[param]`), its files, an unknown address. */
function sitePaths(): string[] {
  const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f));
  const pages = routes.map((f) => `/${f.replace(/\.(astro|ts)$/, '').replace(/\[[^\]]+\]/g, '2024-03-05-arrest-guinee').replace(/(^|\/)index$/, '')}`)
    .map((p) => (p === '/404' ? '/404.html' : /\.\w+$/.test(p) ? p : `${p}/`.replace(/\/+$/, '/'))); // Astro writes 404.html
  const files = readdirSync('public').filter((f) => f !== '_headers').map((f) => `/${f}`);
  return [...new Set([...pages, ...files, '/index.html', '/sources/a~23b/', '/nulle-part/'])].sort();
}

/** The framing policies a response carries: each comma-joined Content-Security-Policy value is one more policy. */
const frameAncestors = (h: Record<string, string>) => (h['content-security-policy'] ?? '').split(',').map((p) => p.trim()).filter((p) => p.startsWith('frame-ancestors'));
const htmlPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

describe('the rules as Cloudflare Pages reads them', () => {
  it('join the values of a header two matching rules set, and detach with "!"', () => {
    // The rules as they were: a site-wide policy, and one for embeds meant to replace it.
    const before = parseHeaders('/*\n  Content-Security-Policy: frame-ancestors \'none\'\n  X-Frame-Options: DENY\n\n/embed/*\n  ! X-Frame-Options\n  Content-Security-Policy: frame-ancestors *\n');
    expect(cloudflareHeaders('/embed/a/', before)).toEqual({ 'content-security-policy': "frame-ancestors 'none', frame-ancestors *" });
    expect(() => netlifyHeaders('/embed/a/', before)).toThrow(/Netlify does not detach/);
    expect(parseHeaders('/a/:id/x\n  X: 1\n')[0]!.pattern.test('/a/b/x')).toBe(true);
    expect(parseHeaders('/a/:id/x\n  X: 1\n')[0]!.pattern.test('/a/b/c/x')).toBe(false);
  });
});

describe('public/_headers', () => {
  const paths = sitePaths();

  it('covers the pages the site builds', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/evenements/2024-03-05-arrest-guinee/', '/embed/', '/embed/2024-03-05-arrest-guinee/', '/sources/2024-03-05-arrest-guinee/', '/rapport/', '/404.html', '/events.csv', '/embed.js']));
  });

  it('home, event and source pages refuse every frame; embeds accept any, under both hosts\' semantics', () => {
    const refuse = { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };
    const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
    for (const read of [cloudflareHeaders, netlifyHeaders]) {
      for (const path of ['/', '/evenements/2024-03-05-arrest-guinee/', '/sources/a~23b/', '/rapport/', '/404.html']) expect(read(path, rules), `${read.name} ${path}`).toMatchObject({ ...refuse, ...common });
      for (const path of ['/embed/', '/embed/2024-03-05-arrest-guinee/']) {
        const h = read(path, rules);
        expect(h, `${read.name} ${path}`).toMatchObject({ 'content-security-policy': 'frame-ancestors *', ...common });
        expect(h['x-frame-options'], path).toBeUndefined();
      }
      expect(read('/embed.js', rules)['access-control-allow-origin']).toBe('*');
    }
  });

  it('every route gets one framing decision, the same from both hosts: no header is set by two rules that match one path', () => {
    for (const path of paths) {
      const cloudflare = cloudflareHeaders(path, rules);
      expect(netlifyHeaders(path, rules), path).toEqual(cloudflare);
      const names = matching(path, rules).flatMap((r) => r.set.map(([name]) => name));
      expect(names.length, `${path}: ${names.join(' ')}`).toBe(new Set(names).size);
      expect(frameAncestors(cloudflare).length, path).toBeLessThanOrEqual(1);
      expect((cloudflare['x-frame-options'] ?? '').split(',').filter(Boolean).length, path).toBeLessThanOrEqual(1);
      if (htmlPage(path) && path !== '/nulle-part/') {
        // Every page says whether it may be framed: embeds by a policy allowing any frame, the others by refusing all.
        expect(frameAncestors(cloudflare), path).toEqual([path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'"]);
        expect(cloudflare['x-frame-options'], path).toBe(path.startsWith('/embed/') ? undefined : 'DENY');
      }
    }
  });
});
