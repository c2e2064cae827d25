/**
 * Rendering in Chromium: time from navigation to the timeline drawn, and the p95 frame time
 * while zooming and panning with the wheel and the mouse, for our timeline and for
 * vis-timeline with the same events, in the same browser run.
 *
 * Frame time is read from Chromium's trace: each "AnimationFrame" (the frame's main-thread
 * work: input, animation callbacks, style, layout, paint and commit) from its start to its
 * end. requestAnimationFrame deltas would only show the display's refresh interval here,
 * which headless Chromium keeps at about 17.9 ms even on an empty page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { random } from './corpus.ts';

export interface RenderRow { library: string; events: number; drawnMs: number; p95FrameMs: number; frames: number }

const TYPES = ['coup', 'arrest', 'expulsion'] as const;

function syntheticEvents(n: number) {
  const rnd = random(7);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const precision = rnd() < 0.8 ? 'day' : rnd() < 0.5 ? 'month' : 'year';
    const start = precision === 'day' ? day : precision === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
    const end = precision === 'day' ? day : precision === 'year' ? `${day.slice(0, 4)}-12-31` : new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return { id: `e${i}`, type: TYPES[i % 3]!, title: `Événement de test numéro ${i}`, dateText: start, date: { start, end, precision } };
  });
}

const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** Durations (ms) of the frames in a Chromium trace. */
function frameDurations(trace: { traceEvents?: TraceEvent[] } | TraceEvent[]): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const starts = new Map<string, number>();
  const out: number[] = [];
  for (const e of events) {
    if (e.name !== 'AnimationFrame') continue;
    const id = String(e.id ?? e.id2?.local ?? '');
    if (e.ph === 's' || e.ph === 'b') starts.set(id, e.ts);
    else if ((e.ph === 'f' || e.ph === 'e') && starts.has(id)) { out.push((e.ts - starts.get(id)!) / 1000); starts.delete(id); }
  }
  return out;
}
interface TraceEvent { name: string; ph: string; ts: number; id?: string | number; id2?: { local?: string } }

async function measure(browser: Browser, page: Page, url: string, box: string): Promise<{ drawnMs: number; p95FrameMs: number; frames: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, undefined, { timeout: 120_000 });
  const drawnMs = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
  const b = (await page.locator(box).boundingBox())!;
  const cx = b.x + b.width / 2, cy = b.y + Math.min(b.height / 2, 60);
  await page.mouse.move(cx, cy);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  for (let i = 0; i < 25; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(16); }
  await page.mouse.down();
  for (let i = 0; i < 40; i++) { await page.mouse.move(cx - i * 8, cy); await page.waitForTimeout(8); }
  await page.mouse.up();
  for (let i = 0; i < 25; i++) { await page.mouse.wheel(0, 120); await page.waitForTimeout(16); }
  await page.waitForTimeout(200);
  const frames = frameDurations(JSON.parse((await browser.stopTracing()).toString()));
  const sorted = [...frames].sort((a, c) => a - c);
  return { drawnMs, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0, frames: frames.length };
}

export async function benchRender(count: number): Promise<RenderRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const server = spawn(process.execPath, ['src/cli/serve.ts', dir, '4331'], { stdio: 'ignore' });
  try {
    const events = syntheticEvents(count);
    await build({ entryPoints: ['bench/render-entry.ts'], bundle: true, minify: true, format: 'esm', outfile: join(dir, 'ours.js'), logLevel: 'silent' });
    const css = readFileSync('src/styles/global.css', 'utf8');
    writeFileSync(join(dir, 'ours.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${css}</style></head><body>
<div id="timeline" class="timeline-box" style="width:1200px"></div>
<script type="application/json" id="events">${json(events)}</script><script type="module" src="ours.js"></script></body></html>`);
    const vis = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
    copyFileSync(vis, join(dir, 'vis.js'));
    copyFileSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', join(dir, 'vis.css'));
    const items = events.map((e) => ({ id: e.id, content: e.title, start: e.date.start, ...(e.date.precision === 'day' ? {} : { end: e.date.end, type: 'range' }) }));
    writeFileSync(join(dir, 'vis.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis.css"></head><body>
<div id="timeline" style="width:1200px"></div><script type="application/json" id="items">${json(items)}</script><script src="vis.js"></script>
<script>const items=JSON.parse(document.getElementById('items').textContent);const tl=new vis.Timeline(document.getElementById('timeline'),new vis.DataSet(items),{});
let done=false;tl.on('changed',()=>{if(!done){done=true;requestAnimationFrame(()=>{window.__drawn=performance.now();});}});</script></body></html>`);
    await new Promise((r) => setTimeout(r, 800));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const ours = await measure(browser, page, 'http://127.0.0.1:4331/ours.html', '#timeline svg');
      const theirs = await measure(browser, page, 'http://127.0.0.1:4331/vis.html', '#timeline .vis-timeline');
      return [{ library: 'this timeline', events: count, ...ours }, { library: 'vis-timeline', events: count, ...theirs }];
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
