/** Reads a folder of articles from disk. Bad files are reported, never fatal to the rest. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Article } from '../extract/types.ts';
import { decode, readArticle } from '../extract/read.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/** Above this size an article is still read in full, with a warning. */
const LARGE_FILE = 1_000_000;

/** Binary rather than text: NUL bytes, or many control characters. */
function isBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return control > sample.length * 0.05;
}

/** A file that could not be read as an article, and why. */
export interface Problem {
  file: string;
  reason: string;
}

export interface Corpus {
  articles: Article[];
  problems: Problem[];
}

/** Reads every .txt or .md file of a folder (not recursive), in name order. */
export function readCorpus(dir: string, root = process.cwd()): Corpus {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const names = readdirSync(dir).filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase())).sort();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    try {
      if (!statSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      const warnings: string[] = [];
      const text = decode(bytes, warnings);
      if (text.trim() === '') {
        problems.push({ file, reason: bytes.length === 0 ? 'empty file' : 'only white space' });
        continue;
      }
      if (isBinary(text)) {
        problems.push({ file, reason: 'binary file, not text: skipped' });
        continue;
      }
      if (bytes.length > LARGE_FILE) warnings.push(`large file (${(bytes.length / 1e6).toFixed(1)} MB): read in full`);
      articles.push(readArticle(basename(name, extname(name)), file, text, warnings));
    } catch (error) {
      problems.push({ file, reason: `could not be read: ${(error as Error).message}` });
    }
  }
  return { articles, problems };
}
