/**
 * Folding: lower case, no diacritics, straight apostrophes, plain spaces, character for
 * character, so that an offset in folded text is the same offset in the original.
 */
const SPECIAL: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ',
  '\u2013': '-', '\u2014': '-', '\u2011': '-',
  '\u0153': 'o', '\u0152': 'o', '\u00e6': 'a', '\u00c6': 'a',
};

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const known = cache.get(c);
  if (known !== undefined) return known;
  let out = SPECIAL[c];
  if (out === undefined) {
    const lower = c.toLowerCase();
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out = base.length === 1 ? base : lower.length === 1 ? lower : c;
  }
  cache.set(c, out);
  return out;
}

/** Folds text to a same-length form for matching. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII lower-case letters, digits and most punctuation fold to themselves.
    out += code < 0x80 && !(code >= 65 && code <= 90) && code !== 96 && code !== 9 ? text[i] : foldChar(text[i]!);
  }
  return out;
}
