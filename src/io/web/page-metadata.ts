/** What a page says about itself: its address, outlet, language and whether it is for subscribers. */
import { webAddress } from './address.ts';
import { isArticle, jsonLdObjects } from './json-ld.ts';
import { metaContent } from './meta-tags.ts';

export interface PageMetadata {
  /** `<link rel="canonical">` or `og:url` when http(s), else null. */
  canonical: string | null;
  /** `og:site_name`, else JSON-LD `publisher.name`, else null. */
  outlet: string | null;
  /** `<html lang>` reduced to its language ("fr-FR" → "fr"), else null. */
  lang: string | null;
  /** The page marks the article as not free to read (JSON-LD `isAccessibleForFree: false`). */
  subscribersOnly: boolean;
}

/** An absolute http(s) address (see `webAddress`), or null. */
function absoluteHttp(value: string | null | undefined, base: string | null): string | null {
  return value ? webAddress(value, base ?? undefined)?.href ?? null : null;
}

/** One line of text: collapsed white space, no control characters. */
export function oneLine(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return text || null;
}

/** Reads the page's own metadata; `base` resolves relative addresses (null for a file without one). */
export function pageMetadata(document: Document, base: string | null): PageMetadata {
  const canonical = absoluteHttp(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base)
    ?? absoluteHttp(metaContent(document, 'og:url'), base);
  const articles = jsonLdObjects(document).filter(isArticle);
  const publisher = articles.map((a) => a.publisher as { name?: unknown } | undefined).find((p) => typeof p?.name === 'string');
  const lang = document.documentElement.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const free = articles.map((a) => a.isAccessibleForFree).find((v) => v !== undefined);
  return {
    canonical,
    outlet: oneLine(metaContent(document, 'og:site_name')) ?? oneLine(publisher?.name as string | undefined),
    lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null,
    subscribersOnly: free === false || free === 'false' || free === 'False',
  };
}
