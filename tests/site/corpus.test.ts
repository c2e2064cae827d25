/**
 * The corpus is extracted once per build: the events' and sources' loaders share one
 * extraction, and the pages' copy of the module (another bundle in the same process) takes
 * what the loader extracted rather than extracting the folder again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = { fast: 0, slow: 0 };
vi.mock('../../src/io/extract-folder.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/extract-folder.ts')>();
  return {
    ...real,
    extractFolderFast: async (...args: Parameters<typeof real.extractFolderFast>) => { calls.fast++; return real.extractFolder(...args); },
    extractFolder: (...args: Parameters<typeof real.extractFolder>) => { calls.slow++; return real.extractFolder(...args); },
  };
});

const SLOT = Symbol.for('chronologie.loaded-corpus');
/** What astro.config.mjs sets for `astro build` and `astro sync`. */
const SHARED = Symbol.for('chronologie.one-corpus-per-process');
const freshModule = async () => { vi.resetModules(); return import('../../src/site/corpus.ts'); };

beforeEach(() => {
  calls.fast = 0; calls.slow = 0;
  delete (globalThis as Record<symbol, unknown>)[SLOT];
  (globalThis as Record<symbol, unknown>)[SHARED] = true;
  vi.stubEnv('ARTICLES_DIR', 'tests/fixtures/world');
  vi.stubEnv('PERMALINKS_DIR', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<symbol, unknown>)[SLOT];
  delete (globalThis as Record<symbol, unknown>)[SHARED];
});

describe('loading the corpus once per build', () => {
  it('gives the two loaders that ask at once one extraction', async () => {
    const { prepareCorpus } = await freshModule();
    const [a, b] = await Promise.all([prepareCorpus(), prepareCorpus()]);
    expect(calls.fast).toBe(1);
    expect(a).toBe(b);
    expect(a.contract.events.length).toBeGreaterThan(0);
  });

  it('hands the pages’ copy of the module what the loader extracted', async () => {
    const loader = await freshModule();
    const loaded = await loader.prepareCorpus();
    const pages = await freshModule();
    expect(pages).not.toBe(loader);
    expect(pages.loadCorpus()).toBe(loaded);
    expect(calls).toEqual({ fast: 1, slow: 0 });
  });

  it('shares nothing in a dev server, which reloads its modules after an edit and must extract again', async () => {
    delete (globalThis as Record<symbol, unknown>)[SHARED];
    const loader = await freshModule();
    await loader.prepareCorpus();
    const reloaded = await freshModule();
    reloaded.loadCorpus();
    expect(calls).toEqual({ fast: 1, slow: 1 });
  });

  it('extracts again for another folder in the same process', async () => {
    const loader = await freshModule();
    const loaded = await loader.prepareCorpus();
    vi.stubEnv('ARTICLES_DIR', 'seeds');
    const other = await freshModule();
    const again = other.loadCorpus();
    expect(calls.slow).toBe(1);
    expect(again).not.toBe(loaded);
    expect(again.contract.sources.map((s) => s.id)).not.toEqual(loaded.contract.sources.map((s) => s.id));
  });
});
