/** A folder of articles to the event contract: what the CLI and the site both run. */
import { readCorpus } from './corpus.ts';
import { extractCorpus } from '../extract/pipeline.ts';
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
  const contract = extractCorpus(articles, { locales, fallback: defaultLang, outputLocale: locales[defaultLang], published });
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
