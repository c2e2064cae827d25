/** articleParagraphs: the article's words as paragraphs, and nothing else. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../src/io/web/article-text.ts';

const body = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;

describe('articleParagraphs', () => {
  it('keeps one paragraph per block, white space collapsed', () => {
    expect(articleParagraphs(body('<p>Premier  paragraphe,\n  sur deux lignes.</p><h2>Intertitre</h2><p>Second <b>paragraphe</b>.</p>')))
      .toEqual(['Premier paragraphe, sur deux lignes.', 'Intertitre', 'Second paragraphe.']);
  });
  it('keeps the leaves of nested blocks and loose text between them', () => {
    expect(articleParagraphs(body('<div>Chapeau libre<div><p>Un.</p><ul><li>Deux.</li><li>Trois.</li></ul></div>Fin libre</div>')))
      .toEqual(['Chapeau libre', 'Un.', 'Deux.', 'Trois.', 'Fin libre']);
  });
  it('keeps a line break inside a paragraph', () => {
    expect(articleParagraphs(body('<p>Bamako,<br>  le 3 mai</p>'))).toEqual(['Bamako,\nle 3 mai']);
  });
  it('leaves out figures, captions, asides, forms, scripts and hidden blocks', () => {
    const html = '<p>Texte.</p><figure><img alt="x"><figcaption>Légende © Agence</figcaption></figure><aside>Lire aussi</aside>' +
      '<form><button>S’abonner</button></form><script>var a = 1;</script><p hidden>Caché</p><p>Suite.</p>';
    expect(articleParagraphs(body(html))).toEqual(['Texte.', 'Suite.']);
  });
  it('gives nothing for an empty element', () => {
    expect(articleParagraphs(body('<div> <p>  </p></div>'))).toEqual([]);
  });
});
