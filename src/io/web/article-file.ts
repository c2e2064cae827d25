/**
 * An article as a file of the corpus: a stable name for its address, and its text with the
 * front matter that `src/extract/read.ts` reads back (url, title, outlet, published, lang).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

/** The metadata written; a null field is left out, never guessed. */
export interface ArticleFields {
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string | null;
}

const MAX_SLUG = 60;

/** A path segment decoded when it can be ("%C3%A9" → "é"), else as it is. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Lower-case ASCII words joined by hyphens ("Mali : l'armée" → "mali-l-armee"). */
export function slugify(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The file name (without extension) for an article at `key` (its canonical address, or a saved
 * file's name): the last words of the path that are not just a number, then 8 hex digits of
 * the key's hash, so the same address always gives the same name and two never share one.
 */
export function articleSlug(key: string): string {
  let words = key;
  try {
    const url = new URL(key);
    const segments = url.pathname.split('/').map((s) => decodeSegment(s).replace(/\.[a-z0-9]{2,5}$/i, ''));
    words = segments.reverse().find((s) => /[a-z]{3}/i.test(s) && !/^\d+$/.test(s)) ?? url.hostname.replace(/^www\./, '');
  } catch {
    words = key.split(/[\\/]/).pop()!.replace(/\.[a-z0-9]{2,5}$/i, '');
  }
  const slug = slugify(words).slice(0, MAX_SLUG).replace(/-+$/, '') || 'article';
  return `${slug}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** The file's text: front matter with the known fields, a blank line, then the paragraphs. */
export function articleFileText(fields: ArticleFields, paragraphs: string[]): string {
  const known = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
  const front = Object.keys(known).length ? `---\n${stringify(known, { lineWidth: 0 })}---\n` : '';
  return `${front}${paragraphs.join('\n\n')}\n`;
}
