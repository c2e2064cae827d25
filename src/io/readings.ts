/**
 * Reading articles is a map: each article that states its publication date is read on its
 * own (see `readDatedArticle`), so the readings are spread over worker threads, one a core,
 * and kept on disk by content (the article, the extraction code, the rules), so that a build
 * after touching one article reads that article only. The merge stays on the main thread;
 * the contract is the same, byte for byte, with or without them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readDatedArticle, type ArticleReading } from '../extract/pipeline.ts';
import type { Article } from '../extract/types.ts';
import { defaultLang, locales } from '../locales/index.ts';

/** Where readings are kept (`EXTRACT_CACHE_DIR`; `off` keeps none). */
const CACHE_DIR = process.env.EXTRACT_CACHE_DIR ?? 'node_modules/.cache/chronologie-extract';
/** Below this many articles to read, threads cost more than they give. */
const MIN_FOR_THREADS = 200;

/**
 * The code and rules a reading depends on: every file of src/extract and src/locales, the
 * event types' registry, and the exact versions of the libraries (null when they cannot be found).
 */
function codeVersion(): string | null {
  const hash = createHash('sha256');
  try {
    for (const dir of ['src/extract', 'src/locales', 'src/event-types.ts', 'package-lock.json']) {
      const files = (dir.includes('.') ? [dir] : readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))).sort();
      for (const f of files) hash.update(f).update('\u0000').update(readFileSync(f)).update('\u0000');
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

const keyOf = (version: string, a: Article) => createHash('sha256')
  .update(JSON.stringify([version, defaultLang, a.id, a.file, a.bodyStart, a.meta, a.warnings, a.text])).digest('hex');

/** The reading of each dated article, from the cache or read now (on every core when there are many). */
export async function readArticles(articles: Article[]): Promise<Map<string, ArticleReading>> {
  const dated = articles.filter((a) => a.meta.published);
  const version = CACHE_DIR === 'off' ? null : codeVersion();
  const readings = new Map<string, ArticleReading>();
  const missing: { a: Article; key: string | null }[] = [];
  for (const a of dated) {
    const key = version ? keyOf(version, a) : null;
    const file = key ? join(CACHE_DIR, key.slice(0, 2), `${key}.json`) : null;
    if (file && existsSync(file)) {
      try { readings.set(a.id, JSON.parse(readFileSync(file, 'utf8')) as ArticleReading); continue; } catch { /* read again */ }
    }
    missing.push({ a, key });
  }
  const read = await readAll(missing.map((m) => m.a));
  missing.forEach(({ a, key }, i) => {
    const reading = read[i]!;
    readings.set(a.id, reading);
    if (!key) return;
    const dir = join(CACHE_DIR, key.slice(0, 2));
    try {
      mkdirSync(dir, { recursive: true });
      // Written whole then renamed: two builds at once never read half a file.
      const tmp = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(reading));
      renameSync(tmp, join(dir, `${key}.json`));
    } catch { /* a cache that cannot be written is only slower */ }
  });
  return readings;
}

/** Readings of a batch, as JSON would carry them (what the cache gives back). */
export function readBatch(articles: Article[]): ArticleReading[] {
  return articles.map((a) => JSON.parse(JSON.stringify(readDatedArticle(structuredClone(a), { locales, fallback: defaultLang }))) as ArticleReading);
}

/** Reads articles in slices: one on this thread, the others in worker threads at the same time. */
async function readAll(articles: Article[]): Promise<ArticleReading[]> {
  const file = resolve(process.cwd(), 'src/io/read-worker.ts');
  const threads = Math.min(availableParallelism(), Number(process.env.EXTRACT_THREADS ?? 4), Math.ceil(articles.length / MIN_FOR_THREADS));
  if (threads < 2 || !existsSync(file)) return readBatch(articles);
  const size = Math.ceil(articles.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => articles.slice(i * size, (i + 1) * size));
  const others = slices.slice(1).map((slice) => new Promise<ArticleReading[]>((done, fail) => {
    const worker = new Worker(file, { workerData: slice });
    worker.once('message', (m: ArticleReading[]) => { done(m); void worker.terminate(); });
    worker.once('error', fail);
  }).catch(() => readBatch(slice)));
  const mine = readBatch(slices[0]!);
  return [...mine, ...(await Promise.all(others)).flat()];
}
