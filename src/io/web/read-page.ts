/**
 * One HTML page to an article: its metadata read from the page as served, then its main text
 * by Readability after removing page furniture (both change the DOM, so they run last). Scripts never run, nothing is loaded.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { articleParagraphs } from './article-text.ts';
import { removeFurniture } from './furniture.ts';
import { oneLine, pageMetadata, type PageMetadata } from './page-metadata.ts';
import { publishedDate, type StatedDate } from './published-date.ts';

/** An article read from a page, before it becomes a file. */
export interface PageArticle extends PageMetadata {
  title: string | null;
  published: StatedDate | null;
  paragraphs: string[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The content type to parse with, as HTML: the server's character set when it names one, else
 * UTF-8 when the bytes are valid UTF-8 (as nearly every page is; the HTML default would be
 * Windows-1252), else none, so that the page's `<meta charset>` decides.
 */
function parseType(contentType: string, bytes: Uint8Array): string {
  const html = contentType.replace(/^\s*application\/xhtml\+xml/i, 'text/html');
  if (/;\s*charset=/i.test(html)) return html;
  try {
    UTF8.decode(bytes);
    return `${html}; charset=utf-8`;
  } catch {
    return html;
  }
}

/**
 * Reads a page's bytes. `url` is where they came from (null for a saved file without one);
 * `contentType` is the server's (see `parseType` for the character set).
 */
export function readPage(bytes: Uint8Array, url: string | null, contentType = 'text/html'): PageArticle {
  const dom = new JSDOM(Buffer.from(bytes), { url: url ?? undefined, contentType: parseType(contentType, bytes) });
  try {
    const document = dom.window.document;
    const metadata = pageMetadata(document, url);
    const published = publishedDate(document, metadata.canonical ?? url);
    const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
    if (document.body) removeFurniture(document.body);
    const article = new Readability(document, { serializer: (node: Node) => node }).parse();
    return {
      ...metadata,
      outlet: metadata.outlet ?? oneLine(article?.siteName),
      title: oneLine(article?.title) ?? oneLine(ogTitle),
      published,
      paragraphs: article?.content ? articleParagraphs(article.content) : [],
    };
  } finally {
    dom.window.close();
  }
}
