/** `astro build` time for the seeds and for a synthetic corpus, and a rebuild after touching one article. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus } from './corpus.ts';

function build(articles: string | null, outDir: string, cacheDir: string): number {
  const env = { ...process.env, SITE_URL: 'http://127.0.0.1:4330', OG_CACHE_DIR: cacheDir, ...(articles ? { ARTICLES_DIR: articles } : {}) };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, '--silent'], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`astro build failed: ${r.stderr.slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

export interface BuildRow { corpus: string; articles: number; pages: number; first: number; rebuild: number }

export function benchBuild(syntheticSize: number): BuildRow[] {
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const rows: BuildRow[] = [];
    const seedsCache = join(work, 'cache-seeds');
    const seedsFirst = build(null, join(work, 'seeds-out'), seedsCache);
    rows.push({ corpus: 'seeds', articles: 5, pages: 0, first: seedsFirst, rebuild: build(null, join(work, 'seeds-out'), seedsCache) });
    const dir = join(work, 'articles');
    mkdirSync(dir);
    const corpus = syntheticCorpus(syntheticSize);
    for (const a of corpus) writeFileSync(join(dir, a.name), a.text);
    const cache = join(work, 'cache');
    const first = build(dir, join(work, 'out'), cache);
    appendFileSync(join(dir, corpus[0]!.name), '\nUne phrase de plus, sans événement.\n');
    const rebuild = build(dir, join(work, 'out'), cache);
    rows.push({ corpus: `synthetic`, articles: syntheticSize, pages: 0, first, rebuild });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
