/** A folder of articles to the event contract: what the CLI and the site both run. */
import { readCorpus } from './corpus.ts';
import { extractCorpus, type ArticleReading } from '../extract/pipeline.ts';
import { readArticles } from './readings.ts';
import { contractSchema, type Contract, type Problem } from '../extract/schema.ts';
import type { Article } from '../extract/types.ts';
import { delimiter } from 'node:path';
import { defaultLang, locales } from '../locales/index.ts';
import type { PublishedIds } from '../extract/ids.ts';

/**
 * Reads and extracts a folder (or several, joined with the path delimiter ':'); files that
 * could not be read are listed under `problems`. `published` ids keep the events they were
 * published for (see src/extract/ids.ts).
 */
export function extractFolder(dirs: string, published?: PublishedIds): Contract {
  const { articles, readProblems } = gather(dirs);
  return extractArticles(articles, readProblems, published);
}

/**
 * The same contract as `extractFolder`, byte for byte, faster: the articles are read on
 * every core and the readings kept by content for the next run (see readings.ts).
 */
export async function extractFolderFast(dirs: string, published?: PublishedIds): Promise<Contract> {
  const { articles, readProblems } = gather(dirs);
  return extractArticles(articles, readProblems, published, await readArticles(articles));
}

function gather(dirs: string): { articles: Article[]; readProblems: Problem[] } {
  const articles: Article[] = [];
  const readProblems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const dir of dirs.split(delimiter).filter(Boolean)) {
    const corpus = readCorpus(dir);
    readProblems.push(...corpus.problems);
    for (const a of corpus.articles) {
      const first = ids.get(a.id);
      if (first) readProblems.push({ file: a.file, reason: `same file name as ${first}${a.file.normalize('NFC') === first.normalize('NFC') && a.file !== first ? ' (the same letters in another Unicode form)' : ''}: skipped` });
      else { ids.set(a.id, a.file); articles.push(a); }
    }
  }
  return { articles, readProblems };
}

function extractArticles(articles: Article[], readProblems: Problem[], published?: PublishedIds, readings?: Map<string, ArticleReading>): Contract {
  const contract = extractCorpus(articles, { locales, fallback: defaultLang, outputLocale: locales[defaultLang], published, readings });
  const problems = [...readProblems, ...contract.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return contractSchema.parse({ ...contract, problems });
}

/** Every warning of a contract as "file: reason" lines, problems first. */
export function warningLines(contract: Contract): string[] {
  return [
    ...contract.problems.map((p) => `${p.file}: ${p.reason}`),
    ...contract.sources.flatMap((s) => s.warnings.map((w) => `${s.file}: ${w}`)),
  ];
}
