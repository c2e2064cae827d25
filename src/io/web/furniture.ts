/**
 * Page furniture named by its class or id (cookie banners, captions, "Lire aussi" boxes, share
 * buttons, subscription prompts), removed before Readability scores the page, since it keeps
 * such blocks when they sit inside the article and drops their class names.
 */

const FURNITURE = /caption|credit|legende|related|read-?(?:also|more)|lire-?aussi|a-lire|share|partage|social|newsletter|cookie|consent|gdpr|paywall|subscri|abonn|advert|sponsor|promo/i;
/** A block with more text than this is kept whatever its name: it may wrap the whole article. */
const MAX_TEXT = 600;

/** Whether an element is short furniture by its name. */
export function isFurniture(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE.test(names) && (element.textContent ?? '').length <= MAX_TEXT;
}

/** Removes every furniture element under `root`; returns how many. */
export function removeFurniture(root: Element): number {
  const found = [...root.querySelectorAll('[class], [id]')].filter(isFurniture);
  for (const element of found) element.remove();
  return found.length;
}
