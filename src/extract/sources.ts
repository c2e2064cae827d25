/**
 * What the contract says of each article: the one copy kept of a text, the warnings, the
 * reason it gives no event; and the boundary that keeps one article's failure its own.
 */
import type { Article, Mention } from './types.ts';
import type { Contract } from './schema.ts';

/**
 * Runs one article's step; an exception there is that article's problem, not the run's: it
 * becomes a warning naming the reason, and the article gives what it can (here, nothing).
 */
export function guarded<T>(article: Article, step: () => T, fallback: T): T {
  try {
    return step();
  } catch (error) {
    const reason = `could not be read to the end (${(error as Error).message}): its events are left out`;
    if (!article.warnings.includes(reason)) article.warnings.push(reason);
    return fallback;
  }
}

/** Why an article gives no event: it reports none, or what it reports could not be placed in time. */
export function unplacedWarning(mentions: Mention[], published: string | null): string {
  const sentences = new Set(mentions.map((m) => m.sentence.start)).size;
  if (sentences === 0) return 'no event found in this article';
  const found = `${sentences} report${sentences > 1 ? 's' : ''} of an event found but not placed in time`;
  return published
    ? `${found}: no date in ${sentences > 1 ? 'their sentences' : 'its sentence'} or context, and no other article dates ${sentences > 1 ? 'them' : 'it'}`
    : `${found}: no publication date and no date with a year in the text; add \`published:\` to the front matter`;
}

/** How much an article says of itself: a copy with less cannot take over its attribution. */
const metadataWeight = (a: Article) => [a.meta.published, a.meta.url, a.meta.outlet, a.meta.title].filter((v) => v !== null).length;

/**
 * The same text twice is one source: the copy with the most front matter (date, address,
 * outlet, title) is kept, the first by id among equals; the others are reported.
 */
export function dedupe(articles: Article[], problems: Contract['problems']): Article[] {
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    const key = a.text.slice(a.bodyStart).replace(/\s+/g, ' ').trim();
    const list = groups.get(key);
    if (list && key !== '') list.push(a); else groups.set(key || `\u0000${a.id}`, [a]);
  }
  const dropped = new Set<Article>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept = group.reduce((best, a) => (metadataWeight(a) > metadataWeight(best) ? a : best));
    for (const a of group) {
      if (a === kept) continue;
      dropped.add(a);
      const why = metadataWeight(kept) > metadataWeight(a) ? ' (its front matter says more)' : '';
      problems.push({ file: a.file, reason: `same text as ${kept.file}: counted once, as ${kept.id}${why}` });
    }
  }
  return articles.filter((a) => !dropped.has(a));
}
