/**
 * The site's one edge with the extraction engine: runs the pipeline over the articles
 * folder once per build and hands out the contract.
 */
import { readCorpus } from '../io/corpus.ts';
import { extractCorpus } from '../extract/pipeline.ts';
import { contractSchema, type Contract } from '../extract/schema.ts';
import { defaultLang, locales } from '../locales/index.ts';

/** The folder of articles the site is built from (`ARTICLES_DIR` overrides `seeds`). */
export const articlesDir = process.env.ARTICLES_DIR ?? 'seeds';

let cached: { contract: Contract; problems: { file: string; reason: string }[] } | null = null;

/** Extracts the corpus (once per process). */
export function loadCorpus() {
  if (!cached) {
    const corpus = readCorpus(articlesDir);
    cached = { contract: contractSchema.parse(extractCorpus(corpus.articles, { locales, fallback: defaultLang })), problems: corpus.problems };
  }
  return cached;
}
