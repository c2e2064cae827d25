/**
 * The text of an article's DOM (Readability's output) as paragraphs separated by a blank line.
 * Only words of the page are kept: figures, captions, asides, forms and scripts are left out.
 */

/** Elements whose text is not the article's prose. */
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'SCRIPT', 'STYLE',
  'NOSCRIPT', 'TEMPLATE', 'ASIDE', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY']);

const ELEMENT = 1;
const TEXT = 3;

/** The paragraphs of an element's text, each on one line (a `<br>` keeps its line break). */
export function articleParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) {
      // A line break in the markup is white space; only <br> breaks a line.
      current += (node.nodeValue ?? '').replace(/[\s\u0000-\u001f\u007f]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name) || (node as Element).getAttribute('hidden') !== null) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
