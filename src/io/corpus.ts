/** Reads a folder of articles from disk. Bad files are reported, never fatal to the rest. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
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
  const folder = realpathSync(dir);
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    problems.push({ file: relative(root, join(dir, entry.name)).split('\\').join('/'), reason: 'a folder: its files are not read (only the folder given is)' });
  }
  const names = entries.map((e) => e.name).filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase())).sort();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    try {
      if (lstatSync(path).isSymbolicLink()) {
        // A link is followed only to a file inside the folder: its text would be quoted on a public site.
        const target = realpathSync(path);
        if (relative(folder, target).startsWith('..') || isAbsolute(relative(folder, target))) {
          problems.push({ file, reason: 'a link to a file outside the folder: skipped' });
          continue;
        }
      }
      const stat = statSync(path);
      if (stat.isDirectory()) continue; // reported above with the folders
      if (!stat.isFile()) {
        problems.push({ file, reason: 'not a regular file (a pipe, a device or a socket): skipped' });
        continue;
      }
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
      // One spelling of a name: an accented file name may come in either Unicode form (NFC, NFD).
      articles.push(readArticle(basename(name, extname(name)).normalize('NFC'), file, text, warnings));
    } catch (error) {
      problems.push({ file, reason: `could not be read: ${(error as Error).message}` });
    }
  }
  return { articles, problems };
}
