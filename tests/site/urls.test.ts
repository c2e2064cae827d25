import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absolute, paths, sourceIdOf, sourceSegment } from '../../src/site/urls.ts';

/** What a host does with a request path: the browser's URL parsing, then one percent-decoding. */
const served = (path: string) => decodeURIComponent(new URL(path, 'https://ex.org/').pathname);

describe('source URLs', () => {
  const awkward = ['..', '.', '...', 'a\\b', 'nl\nx', 'a#b', 'a?b', '100%', 'a/b', '~', '', 'é t', 'e\u0301 t', '\u202eevil', 'a%2Fb', 'x\u0000y'];

  it('gives every file name one safe path segment that no parsing or decoding changes', () => {
    for (const id of awkward) {
      const path = paths.source(id);
      const segment = sourceSegment(id);
      expect(segment, id).not.toMatch(/^\.{1,2}$|[/\\#?%\p{Cc}\p{Cf}]/u);
      expect(segment.startsWith('.'), id).toBe(false);
      expect(new URL(path, 'https://ex.org/').pathname, id).toBe(path); // valid as written: not normalised, nothing re-encoded
      expect(served(path), id).toBe(`/sources/${segment}/`); // encoded exactly once: one decoding gives the page's folder
    }
  });

  it('leaves ordinary names as they are and escapes the rest reversibly', () => {
    expect(sourceSegment('000_bea7bc0deba77407')).toBe('000_bea7bc0deba77407');
    expect(sourceSegment('nom avec espaces é')).toBe('nom avec espaces é');
    expect(paths.source('nom avec espaces é')).toBe('/sources/nom%20avec%20espaces%20%C3%A9/');
    expect(sourceSegment('..')).toBe('~2E.');
    expect(sourceSegment('a\\b')).toBe('a~5Cb');
    expect(sourceSegment('100%')).toBe('100~25');
    expect(absolute(paths.source('a#b'), 'https://ex.org')).toBe('https://ex.org/sources/a~23b/');
    for (const id of awkward) expect(sourceIdOf(sourceSegment(id)), id).toBe(id.normalize('NFC'));
  });

  it('never gives two names the same page, and keeps segments short enough for a file system', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
      fc.pre(a.normalize('NFC') !== b.normalize('NFC'));
      expect(sourceSegment(a)).not.toBe(sourceSegment(b));
      expect(sourceIdOf(sourceSegment(a))).toBe(a.normalize('NFC'));
    }), { numRuns: 2000 });
    const long = ['#'.repeat(250), `${'é'.repeat(120)}`, `${'#'.repeat(200)}a`, `${'#'.repeat(200)}b`];
    const segments = long.map(sourceSegment);
    for (const s of segments) {
      expect(new TextEncoder().encode(s).length).toBeLessThanOrEqual(180);
      expect(s).toMatch(/~~[0-9a-f]{16}$/);
      expect(sourceIdOf(s)).toBeNull();
    }
    expect(new Set(segments).size).toBe(long.length);
  });
});

describe('event URLs', () => {
  it('are the id, encoded once', () => {
    expect(paths.event('2024-03-05-arrest-guinee')).toBe('/evenements/2024-03-05-arrest-guinee/');
  });
});
