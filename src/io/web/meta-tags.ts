/** A page's `<meta>` values, by OpenGraph property, name or microdata itemprop. */

/** The trimmed `content` of the first `<meta>` named `key`, or null. */
export function metaContent(document: Document, key: string): string | null {
  const selector = ['property', 'name', 'itemprop'].map((a) => `meta[${a}="${key}"]`).join(', ');
  return document.querySelector(selector)?.getAttribute('content')?.trim() || null;
}
