/** Shared helpers for the extraction tests. */
import { readArticle } from '../src/extract/read.ts';
import { extractCorpus } from '../src/extract/pipeline.ts';
import { extractFolder as extractDir } from '../src/io/extract-folder.ts';
import { defaultLang, locales } from '../src/locales/index.ts';
import type { Contract } from '../src/extract/schema.ts';

/** Extracts a corpus given as { id: text }. */
export function extractTexts(texts: Record<string, string>): Contract {
  const articles = Object.entries(texts).map(([id, text]) => readArticle(id, `${id}.txt`, text, []));
  return extractCorpus(articles, { locales, fallback: defaultLang });
}

/** Extracts a folder of articles, as the CLI and the site do. */
export function extractFolder(dir: string): Contract {
  return extractDir(dir);
}

/** An article with a stated publication date, for one-sentence tests. */
export function dated(published: string, body: string): string {
  return `---\npublished: ${published}\n---\n${body}\n`;
}
