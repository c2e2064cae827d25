import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasPages, brokenMessage, brokenPermalinks, resolveAlias } from '../../src/site/permalinks.ts';

describe('permalinks', () => {
  const files = { published: ['a', 'b', 'c'], aliases: { b: 'b2', b2: 'd', x: 'y' } };

  it('resolves an old id through a chain of aliases', () => {
    expect(resolveAlias('b', new Set(['a', 'd']), files.aliases)).toBe('d');
    expect(resolveAlias('x', new Set(['a']), files.aliases)).toBeNull();
    expect(resolveAlias('l', new Set(), { l: 'm', m: 'l' })).toBeNull();
  });

  it('lists published ids that would no longer resolve', () => {
    expect(brokenPermalinks(['a', 'd'], files)).toEqual(['c']);
    expect(brokenMessage(['c'], 'permalinks')).toMatch(/published event id\(s\) would no longer resolve:\n {2}- c\n.*aliases\.json/s);
  });

  it('builds an alias page for each old id that leads to a current event', () => {
    expect(aliasPages(['a', 'd'], files)).toEqual([['b', 'd'], ['b2', 'd']]);
  });

  it('the committed list matches the seeds', async () => {
    const published = (await import('../../permalinks/published.json', { with: { type: 'json' } })).default as string[];
    const { extractFolder } = await import('../helpers.ts');
    expect(brokenPermalinks(extractFolder('seeds').events.map((e) => e.id), { published, aliases: {} })).toEqual([]);
  });
});

describe('the site build', { timeout: 120_000 }, () => {
  it('fails with a clear message when an article is removed and its events lose their ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    cpSync('seeds/000_bea7bc0deba77407.txt', join(dir, '000_bea7bc0deba77407.txt'));
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
        encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: dir, PERMALINKS_DIR: 'permalinks' },
      });
      expect(r.status).not.toBe(0);
      const output = r.stdout + r.stderr;
      expect(output).toContain('Permalink check failed');
      expect(output).toContain('- 2025-09-19-expulsion-france-mali');
      expect(output).toContain('aliases.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
