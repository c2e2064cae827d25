/** Reading articles on every core and from the cache gives the contract that one core gives, byte for byte. */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syntheticCorpus } from '../../bench/corpus.ts';

const cache = mkdtempSync(join(tmpdir(), 'readings-cache-'));
vi.stubEnv('EXTRACT_CACHE_DIR', cache);
const { extractFolder, extractFolderFast } = await import('../../src/io/extract-folder.ts');
const cached = () => readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;

describe('extractFolderFast', { timeout: 120_000 }, () => {
  it('gives the contract extractFolder gives, from an empty cache and from a full one, hostile files included', async () => {
    const dirs = 'seeds:tests/fixtures/world:tests/fixtures/newsroom:tests/fixtures/hostile:tests/fixtures/bad-input:tests/fixtures/names';
    const plain = JSON.stringify(extractFolder(dirs));
    expect(JSON.stringify(await extractFolderFast(dirs))).toBe(plain);
    const kept = cached();
    expect(kept).toBeGreaterThan(20);
    expect(JSON.stringify(await extractFolderFast(dirs))).toBe(plain);
    expect(cached()).toBe(kept);
  });

  it('reads a large folder in worker threads to the same contract, then reads again only the article touched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readings-corpus-'));
    mkdirSync(dir, { recursive: true });
    const corpus = syntheticCorpus(450);
    for (const a of corpus) writeFileSync(join(dir, a.name), a.text);
    const plain = JSON.stringify(extractFolder(dir));
    expect(JSON.stringify(await extractFolderFast(dir))).toBe(plain);
    const kept = cached();
    appendFileSync(join(dir, corpus.find((a) => a.text.startsWith('---'))!.name), '\nLe 3 mars 2021, la police a arrêté deux militants à Dakar.\n');
    const touched = JSON.stringify(await extractFolderFast(dir));
    expect(cached()).toBe(kept + 1);
    expect(touched).toBe(JSON.stringify(extractFolder(dir)));
    expect(touched).not.toBe(plain);
  });
});
