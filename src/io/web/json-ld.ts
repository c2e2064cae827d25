/** The JSON-LD objects of a page, flattened: `@graph` members and arrays become one list. */

/** Every JSON-LD object of the document; a block that is not valid JSON is skipped. */
export function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return objects;
}

/** Whether a JSON-LD object describes an article of some kind (NewsArticle, ReportageNewsArticle…). */
export function isArticle(object: Record<string, unknown>): boolean {
  const types = [object['@type']].flat().filter((t): t is string => typeof t === 'string');
  return types.some((t) => /Article$|^BlogPosting$|^Report$/.test(t));
}
