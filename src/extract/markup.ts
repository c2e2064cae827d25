/**
 * Articles that arrive as HTML: the markup is masked with spaces (line breaks for block
 * elements) so that the text keeps its length and every offset still points into the file.
 */

const HTML_HINT = /<(?:!doctype|html|head|body|p|div|br|span|a|article|section|script|style|h[1-6]|ul|li|table)\b[^>]*>/i;
const BLOCK = /^<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|main|aside|nav|blockquote|figure|figcaption|title|head|body|html|hr)\b/i;

/** Whether a text is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text.slice(0, 20_000));
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The text with tags, comments, scripts and styles replaced by white space of the same length. */
export function maskMarkup(text: string): string {
  return text
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<figcaption\b[\s\S]*?<\/figcaption\s*>/gi, blank) // a caption is not evidence
    .replace(/<[a-zA-Z/!][^<>]*>/g, (tag) => (BLOCK.test(tag) ? `\n${' '.repeat(tag.length - 1)}` : ' '.repeat(tag.length)));
}
