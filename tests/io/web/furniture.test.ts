/** removeFurniture: short blocks named like page furniture go, the article stays. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isFurniture, removeFurniture } from '../../../src/io/web/furniture.ts';

const body = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;

describe('removeFurniture', () => {
  it('removes cookie banners, captions, read-also boxes and share buttons by their names', () => {
    const b = body('<div id="cookie-banner">Nous utilisons des cookies.</div><p class="wp-caption-text">Légende</p>' +
      '<div class="read-also">Lire aussi : un titre</div><div class="share-tools">Partager</div><p>Le texte.</p>');
    expect(removeFurniture(b)).toBe(4);
    expect(b.textContent).toBe('Le texte.');
  });
  it('keeps a long block whatever its name, since it may wrap the article', () => {
    const wrapper = body(`<div class="article has-paywall"><p>${'Une phrase de l’article. '.repeat(40)}</p></div>`).firstElementChild!;
    expect(isFurniture(wrapper)).toBe(false);
  });
  it('keeps blocks with ordinary names', () => {
    expect(isFurniture(body('<p class="chapo">Court.</p>').firstElementChild!)).toBe(false);
  });
});
