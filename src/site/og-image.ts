/**
 * The preview card of an event, 1200×630 PNG, drawn at build time from its data with
 * satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to PNG: a quarter faster
 * than resvg's own encoder and a sixth smaller, the card being opaque). Text is laid out as
 * text, never parsed as markup, so article words stay inert.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
/** Read once: satori keeps a parsed font by its data, so the same buffers are parsed once. */
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;

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
const RENDERER_VERSION = '2';

/** Cards asked for and not yet handed out, by key: `prepareCards` starts them, `renderCard` takes them. */
const pending = new Map<string, Promise<Buffer>>();
const keyOf = (card: CardData) => createHash('sha256').update(JSON.stringify([RENDERER_VERSION, card])).digest('hex');

/** The card as a PNG buffer, from the cache when the same card was drawn before. */
export async function renderCard(card: CardData): Promise<Buffer> {
  const key = keyOf(card);
  const started = pending.get(key);
  if (started) { pending.delete(key); return started; }
  return cardFor(key, card);
}

/** Starts drawing every card not in the cache, on all cores, so that `renderCard` mostly waits for nothing. */
export function prepareCards(cards: CardData[]): void {
  for (const card of cards) {
    const key = keyOf(card);
    if (!pending.has(key) && !existsSync(`${CACHE_DIR}/${key}.png`)) pending.set(key, cardFor(key, card));
  }
}

async function cardFor(key: string, card: CardData): Promise<Buffer> {
  const cached = `${CACHE_DIR}/${key}.png`;
  if (existsSync(cached)) return readFileSync(cached);
  const png = await (pool() ?? drawCard)(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

/**
 * Worker threads that draw cards (satori and resvg take the CPU for tens of milliseconds a
 * card), one a core. The worker is this folder's og-worker.ts, found from the project root
 * (the build bundles this module elsewhere); without it, cards are drawn on this thread.
 */
let workers: ((card: CardData) => Promise<Buffer>) | null | undefined;
function pool(): ((card: CardData) => Promise<Buffer>) | null {
  if (workers !== undefined) return workers;
  const file = resolve(process.cwd(), 'src/site/og-worker.ts');
  const size = Math.min(availableParallelism(), Number(process.env.OG_WORKERS ?? 4));
  if (!existsSync(file) || size < 2) return (workers = null);
  const queue: { card: CardData; done: (png: Buffer) => void; fail: (e: Error) => void }[] = [];
  const idle: Worker[] = [];
  const jobs = new Map<Worker, (typeof queue)[number]>();
  const next = (w: Worker) => {
    const job = queue.shift();
    if (!job) { idle.push(w); if (idle.length === size) for (const i of idle.splice(0)) i.unref(); return; }
    w.ref();
    jobs.set(w, job);
    w.postMessage(job.card);
  };
  for (let i = 0; i < size; i++) {
    const w = new Worker(file);
    w.on('message', (m: { png?: Uint8Array; error?: string }) => {
      const job = jobs.get(w)!;
      jobs.delete(w);
      if (m.png) job.done(Buffer.from(m.png)); else job.fail(new Error(m.error));
      next(w);
    });
    // A worker that fails hands its card back to this thread; the other workers take the rest.
    w.on('error', () => { const job = jobs.get(w); jobs.delete(w); if (job) drawCard(job.card).then(job.done, job.fail); });
    w.unref();
    idle.push(w);
  }
  return (workers = (card) => new Promise<Buffer>((done, fail) => {
    queue.push({ card, done, fail });
    const w = idle.pop();
    if (w) next(w);
  }));
}

// Cards are drawn one a thread already: libvips needs no threads of its own, nor to keep images.
sharp.concurrency(1);
sharp.cache(false);

/** Draws one card on this thread (the workers call this too). */
export async function drawCard(card: CardData): Promise<Buffer> {
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
  fonts ??= [{ name: 'Inter', data: font(400), weight: 400, style: 'normal' }, { name: 'Inter', data: font(700), weight: 700, style: 'normal' }];
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha().png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}
