/**
 * Extraction throughput and scaling on synthetic corpora, against the floor of a bare
 * Intl.Segmenter sentence-and-word pass over the same text, in the same process.
 */
import { readArticle } from '../src/extract/read.ts';
import { extractCorpus } from '../src/extract/pipeline.ts';
import { defaultLang, locales } from '../src/locales/index.ts';
import { syntheticCorpus } from './corpus.ts';

export interface ExtractRow { articles: number; megabytes: number; seconds: number; perSecond: number; floorSeconds: number; events: number }

function floor(texts: string[]): number {
  const sentences = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const words = new Intl.Segmenter('fr', { granularity: 'word' });
  const t0 = performance.now();
  let n = 0;
  for (const text of texts) {
    for (const s of sentences.segment(text)) for (const w of words.segment(s.segment)) if (w.isWordLike) n++;
  }
  if (n < 0) throw new Error('unreachable');
  return (performance.now() - t0) / 1000;
}

export function benchExtraction(sizes: number[]): ExtractRow[] {
  // Warm the JIT on a small corpus first, so the first size is not charged for it.
  extractCorpus(syntheticCorpus(50, 7).map((a) => readArticle(a.name, a.name, a.text)), { locales, fallback: defaultLang });
  return sizes.map((n) => {
    const corpus = syntheticCorpus(n);
    const texts = corpus.map((a) => a.text);
    const articles = corpus.map((a) => readArticle(a.name.replace(/\.txt$/, ''), a.name, a.text));
    const t0 = performance.now();
    const contract = extractCorpus(articles, { locales, fallback: defaultLang });
    const seconds = (performance.now() - t0) / 1000;
    return {
      articles: n, megabytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6, seconds,
      perSecond: n / seconds, floorSeconds: floor(texts), events: contract.events.length,
    };
  });
}
