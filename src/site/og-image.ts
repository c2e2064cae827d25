/**
 * The preview card of an event, 1200×630 PNG, drawn at build time from its data with
 * satori (layout to SVG) and resvg (SVG to PNG). Text is laid out as text, never parsed
 * as markup, so article words stay inert.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

export interface CardData {
  typeLabel: string;
  colour: string;
  date: string;
  title: string;
  place: string | null;
  sources: string;
  site: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children?: (Node | string)[] | Node | string): Node => ({ type, props: { style, children } });

/** Rendered cards are kept by content, so a rebuild draws only the cards whose event changed. */
const CACHE_DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/chronologie-og';
const RENDERER_VERSION = '1';

/** The card as a PNG buffer, from the cache when the same card was drawn before. */
export async function renderCard(card: CardData): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([RENDERER_VERSION, card])).digest('hex');
  const cached = `${CACHE_DIR}/${key}.png`;
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawCard(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

async function drawCard(card: CardData): Promise<Buffer> {
  const tree = el('div', { width: 1200, height: 630, display: 'flex', flexDirection: 'column', background: '#fbfaf7', color: '#1d1d1f', fontFamily: 'Inter' }, [
    el('div', { height: 18, background: card.colour, display: 'flex' }),
    el('div', { flexGrow: 1, display: 'flex', flexDirection: 'column', padding: '46px 72px 52px' }, [
      el('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 34, fontWeight: 700, color: card.colour, textTransform: 'uppercase' }, [
        el('div', { width: 30, height: 30, background: card.colour, borderRadius: 6 }),
        card.typeLabel,
      ]),
      el('div', { display: 'flex', marginTop: 20, fontSize: 38, color: '#5b5b66' }, [card.date, card.place ? ` · ${card.place}` : ''].join('')),
      el('div', { display: 'flex', marginTop: 24, fontSize: card.title.length > 70 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }, card.title),
      el('div', { display: 'flex', marginTop: 'auto', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: '#5b5b66' }, [
        el('div', { display: 'flex' }, card.sources),
        el('div', { display: 'flex', fontWeight: 700, color: '#1d1d1f' }, card.site),
      ]),
    ]),
  ]);
  const svg = await satori(tree as never, {
    width: 1200, height: 630,
    fonts: [{ name: 'Inter', data: font(400), weight: 400, style: 'normal' }, { name: 'Inter', data: font(700), weight: 700, style: 'normal' }],
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
