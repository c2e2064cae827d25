/** A build without SITE_URL says so: on the console at build time, and in the embed dialog. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteUrlMissing } from '../../src/site/site-url.ts';

describe('SITE_URL', { timeout: 120_000 }, () => {
  it('is missing when the environment does not set it', () => {
    const saved = process.env.SITE_URL;
    try {
      delete process.env.SITE_URL;
      expect(siteUrlMissing()).toBe(true);
      process.env.SITE_URL = 'https://chronologie.test';
      expect(siteUrlMissing()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });

  it('a build without it warns on the console and in the «Intégrer» dialog', () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    cpSync('seeds/002_9898b08f002cbda8.txt', join(dir, 'a.txt'));
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: dir };
      delete env.SITE_URL;
      const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toContain('SITE_URL is not set');
      const home = readFileSync(join(out, 'index.html'), 'utf8');
      expect(home).toMatch(/data-embed-warning[^>]*>Attention : ce site a été construit sans son adresse publique \(SITE_URL\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
