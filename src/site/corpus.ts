/**
 * The site's one edge with the extraction engine: runs the pipeline over the articles
 * folder once per build, checks that no published permalink disappears, and hands out
 * the contract.
 */
import { extractFolder, extractFolderFast } from '../io/extract-folder.ts';
import type { Contract } from '../extract/schema.ts';
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
}

let cached: Loaded | null = null;

/** Extracts the corpus on every core, with the readings of the last build (the content loader's way in). */
export async function prepareCorpus(): Promise<Loaded> {
  if (!cached) {
    const files = permalinksDir ? readPermalinkFiles(permalinksDir) : null;
    loadCorpus(await extractFolderFast(articlesDir, files?.identities));
  }
  return cached!;
}

/** Extracts the corpus (once per process) and checks the permalinks. */
export function loadCorpus(extracted?: Contract): Loaded {
  if (!cached) {
    const files = permalinksDir ? readPermalinkFiles(permalinksDir) : null;
    const contract = extracted ?? extractFolder(articlesDir, files?.identities);
    const ids = contract.events.map((e) => e.id);
    let aliases: [string, string][] = [];
    if (permalinksDir && files) {
      const broken = brokenPermalinks(ids, files);
      if (broken.length > 0) throw new Error(brokenMessage(broken, permalinksDir));
      aliases = aliasPages(ids, files);
    }
    const permalinkProblems = files?.problems ?? [];
    for (const line of permalinkProblems) process.stderr.write(`warning: ${problemLine(line)}\n`);
    cached = { contract, aliases, permalinkProblems };
  }
  return cached;
}

/** Id -> the day it was first published (`since` in published.json), for the ids that record it. */
export function publishedSince(): Map<string, string> {
  const since = new Map<string, string>();
  if (!permalinksDir) return since;
  for (const [id, identity] of readPermalinkFiles(permalinksDir).identities) if (identity?.since) since.set(id, identity.since);
  return since;
}
