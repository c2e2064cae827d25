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

/**
 * Reads a page's bytes. `url` is where they came from (null for a saved file without one);
 * `contentType` gives the character set when the server named it, else the page's own `<meta charset>`.
 */
export function readPage(bytes: Uint8Array, url: string | null, contentType = 'text/html'): PageArticle {
  const dom = new JSDOM(Buffer.from(bytes), { url: url ?? undefined, contentType: contentType.replace(/^\s*application\/xhtml\+xml/i, 'text/html') });
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
