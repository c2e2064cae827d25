/**
 * The site's one edge with the extraction engine: runs the pipeline over the articles
 * folder once per build, checks that no published permalink disappears, and hands out
 * the contract.
 */
import { extractFolder, extractFolderFast } from '../io/extract-folder.ts';
import type { Contract, Withdrawn } from '../extract/schema.ts';
import { correctContract, resolvable } from './corrections/index.ts';
import type { ColumnEntry } from './corrections/apply.ts';
import { aliasPages, brokenMessage, brokenPermalinks, problemLine, readPermalinkFiles, type PermalinkProblem } from './permalinks.ts';

/** The folder of articles the site is built from (`ARTICLES_DIR` overrides `seeds`). */
export const articlesDir = process.env.ARTICLES_DIR ?? 'seeds';

/**
 * The committed permalink files (`PERMALINKS_DIR` overrides `permalinks`). A build of
 * another corpus (`ARTICLES_DIR`) has no published ids unless `PERMALINKS_DIR` says so.
 */
export const permalinksDir = process.env.PERMALINKS_DIR ?? (process.env.ARTICLES_DIR ? null : 'permalinks');

interface Loaded {
  contract: Contract;
  /** Old id -> current id, for the alias pages. */
  aliases: [string, string][];
  /** Entries of the permalink files set aside, one message each (shown on /rapport/ and in the build log). */
  permalinkProblems: PermalinkProblem[];
  /** Withdrawn events that were published: their addresses show that they were withdrawn. */
  tombstones: Withdrawn[];
  /** The editors' corrections, in the file's order (/corrections/). */
  corrections: ColumnEntry[];
}

/**
 * The loaded corpus, once per process. The content loader and the pages are two bundles of
 * this module in one `astro build` (the content sync, then the prerender bundle): the slot
 * lives on `globalThis` so that the pages take what the loader extracted (on every core, with
 * the readings' cache) instead of extracting the whole folder again on the main thread. It
 * is keyed by what the build reads, so another folder in the same process never gets it.
 */
const SLOT = Symbol.for('chronologie.loaded-corpus');
/** Set by astro.config.mjs for `astro build` and `astro sync` only: a dev server shares nothing. */
const SHARED = Symbol.for('chronologie.one-corpus-per-process');
const slotKey = () => JSON.stringify([articlesDir, permalinksDir, process.env.CORRECTIONS_FILE ?? null]);
const slot = globalThis as typeof globalThis & { [SLOT]?: { key: string; loaded: Loaded }; [SHARED]?: boolean };
let cached: Loaded | null = null;
/** What this process loaded already, by this copy of the module or (in a build) another. */
const loadedAlready = (): Loaded | null => cached ?? (slot[SHARED] && slot[SLOT]?.key === slotKey() ? (cached = slot[SLOT].loaded) : null);

let preparing: Promise<Loaded> | null = null;

/**
 * Extracts the corpus on every core, with the readings of the last build (the content loader's
 * way in). The events' and the sources' loaders ask at the same time: they share one extraction.
 */
export function prepareCorpus(): Promise<Loaded> {
  const loaded = loadedAlready();
  if (loaded) return Promise.resolve(loaded);
  return (preparing ??= (async () => {
    const files = permalinksDir ? readPermalinkFiles(permalinksDir) : null;
    const extracted = await extractFolderFast(articlesDir, files?.identities);
    return loadCorpus(extracted);
  })().finally(() => { preparing = null; }));
}

/** Extracts the corpus (once per process) and checks the permalinks. */
export function loadCorpus(extractedAlready?: Contract): Loaded {
  if (!loadedAlready()) {
    const files = permalinksDir ? readPermalinkFiles(permalinksDir) : null;
    const extracted = extractedAlready ?? extractFolder(articlesDir, files?.identities);
    // The editors have the last word: their corrections apply before anything reads the events.
    const corrected = correctContract(extracted, { aliases: files?.aliases });
    const { contract, column } = corrected;
    const ids = contract.events.map((e) => e.id);
    let aliases = aliasPages(ids, { aliases: corrected.mergeAliases });
    let tombstones: Withdrawn[] = [];
    if (permalinksDir && files) {
      const resolved = resolvable(corrected, files);
      tombstones = resolved.tombstones;
      const broken = brokenPermalinks(resolved.ids, { published: files.published, aliases: resolved.aliases });
      if (broken.length > 0) throw new Error(brokenMessage(broken, permalinksDir));
      aliases = aliasPages(ids, resolved);
    }
    const permalinkProblems = files?.problems ?? [];
    for (const line of permalinkProblems) process.stderr.write(`warning: ${problemLine(line)}\n`);
    cached = { contract, aliases, permalinkProblems, tombstones, corrections: column };
    if (slot[SHARED]) slot[SLOT] = { key: slotKey(), loaded: cached };
  }
  return cached!;
}

/** Id -> the day it was first published (`since` in published.json), for the ids that record it. */
export function publishedSince(): Map<string, string> {
  const since = new Map<string, string>();
  if (!permalinksDir) return since;
  for (const [id, identity] of readPermalinkFiles(permalinksDir).identities) if (identity?.since) since.set(id, identity.since);
  return since;
}
