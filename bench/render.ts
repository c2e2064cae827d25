/**
 * Rendering in Chromium: time from navigation to the timeline drawn, then a zoom-and-pan
 * gesture at the display's rate, for our timeline, for vis-timeline with the same events and
 * for an empty page that only takes the same input (Chromium's own share), in one browser.
 *
 * Frame time is the renderer main thread's busy time in each frame, read from Chromium's trace
 * (see frameSamples); the page also records the time of every animation frame. To look at a
 * trace yourself, set BENCH_TRACE=<prefix>: each page's trace is written to <prefix>-<page>.json
 * (open it in chrome://tracing or Perfetto).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { random } from './corpus.ts';
import { eventTypes } from '../src/event-types.ts';
import { typeStylesheet } from '../src/site/type-styles.ts';

export interface RenderRow extends FrameStats { library: string; events: number; drawnMs: number }

const TYPES = ['coup', 'arrest', 'expulsion'] as const;

export function syntheticEvents(n: number) {
  const rnd = random(7);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    // Mostly days, as news reports are; some months and a few whole years.
    const precision = rnd() < 0.9 ? 'day' : rnd() < 0.8 ? 'month' : 'year';
    const start = precision === 'day' ? day : precision === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
    const end = precision === 'day' ? day : precision === 'year' ? `${day.slice(0, 4)}-12-31` : new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return { id: `e${i}`, type: TYPES[i % 3]!, title: `Événement de test numéro ${i}`, dateText: start, date: { start, end, precision } };
  });
}

const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

interface TraceEvent {
  name: string; ph: string; ts: number; dur?: number; pid: number; tid: number;
  id?: string | number; id2?: { local?: string }; args?: { name?: string; frame_reporter?: { state?: string; layer_tree_host_id?: number } };
}

/** Per-frame figures from one trace. */
export interface FrameSamples { main: number[]; span: number[]; presented: number; dropped: number; intervals: number[] }

export interface FrameStats {
  /** Frames the page presented during the gestures. */
  frames: number;
  /** Frames Chromium began but dropped. */
  dropped: number;
  /** p95 of the renderer main thread's busy time per frame: input, script, style, layout, paint, commit. */
  mainP95: number;
  /** p95 of the time between animation frames during the gesture (16.7 ms when none is missed at 60 Hz). */
  intervalP95: number;
  /** p95 of the frame's span, from its first task to its rendering, idle wait for vsync included. */
  spanP95: number;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

/**
 * Frame figures from a Chromium trace of the gestures, for the page's renderer.
 * - Main-thread work per frame: the time the renderer's main thread was busy (its tasks, merged)
 *   within each `AnimationFrame` (the Long Animation Frames record: from the first task of a
 *   frame to its rendering). That span also holds the idle wait between the input and the next
 *   vsync, which is why an empty page scores 10 to 16 ms on the span itself: it is reported
 *   beside the work, but the 16 ms budget is about the work.
 * - Frames shown and dropped: Chromium's own verdict on each frame it began (`PipelineReporter`).
 *   Their durations are not used: overlapping frames share one id in the JSON trace and cannot
 *   be told apart.
 */
export function frameSamples(trace: { traceEvents?: TraceEvent[] } | TraceEvent[]): Omit<FrameSamples, 'intervals'> {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  // Animation frames follow one another on the main thread: a begin is closed by the next end.
  const open = new Map<string, TraceEvent>();
  const frames: { begin: TraceEvent; end: number }[] = [];
  for (const e of events) {
    if (e.name !== 'AnimationFrame' || (e.ph !== 'b' && e.ph !== 'e')) continue;
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'b') open.set(thread, e);
    else if (open.has(thread)) { frames.push({ begin: open.get(thread)!, end: e.ts }); open.delete(thread); }
  }
  // The page's renderer: the thread that drew the most frames.
  const counts = new Map<string, number>();
  for (const f of frames) counts.set(`${f.begin.pid}:${f.begin.tid}`, (counts.get(`${f.begin.pid}:${f.begin.tid}`) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const pid = Number(main.split(':')[0]);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && `${e.pid}:${e.tid}` === main)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  // Merged busy intervals (nested tasks count once).
  const busy: [number, number][] = [];
  for (const t of tasks) {
    const last = busy.at(-1);
    if (last && t[0] <= last[1]) last[1] = Math.max(last[1], t[1]); else busy.push([...t]);
  }
  const ours = frames.filter((f) => `${f.begin.pid}:${f.begin.tid}` === main);
  const mainWork = ours.map(({ begin, end }) => {
    let sum = 0;
    for (const [s, e] of busy) if (s < end && e > begin.ts) sum += Math.min(e, end) - Math.max(s, begin.ts);
    return sum / 1000;
  });
  // The page's own compositor: the layer tree of the renderer that reported the most frames.
  const reports = events.filter((e) => e.name === 'PipelineReporter' && e.ph === 'b' && e.pid === pid).map((e) => e.args?.frame_reporter ?? {});
  const hosts = new Map<number, number>();
  for (const r of reports) hosts.set(r.layer_tree_host_id ?? 0, (hosts.get(r.layer_tree_host_id ?? 0) ?? 0) + 1);
  const host = [...hosts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const states = reports.filter((r) => (r.layer_tree_host_id ?? 0) === host).map((r) => r.state ?? '');
  return {
    main: mainWork,
    span: ours.map((f) => (f.end - f.begin.ts) / 1000),
    presented: states.filter((s) => s.startsWith('STATE_PRESENTED')).length,
    dropped: states.filter((s) => s === 'STATE_DROPPED').length,
  };
}

/** The figures of several runs, pooled. */
export function frameStats(runs: FrameSamples[]): FrameStats {
  return {
    frames: runs.reduce((n, r) => n + r.presented, 0),
    dropped: runs.reduce((n, r) => n + r.dropped, 0),
    mainP95: p95(runs.flatMap((r) => r.main)),
    spanP95: p95(runs.flatMap((r) => r.span)),
    intervalP95: p95(runs.flatMap((r) => r.intervals)),
  };
}

/**
 * A gesture at the display's rate, as a trackpad sends it: one input event per animation frame
 * (60 wheel steps in, a 60-frame drag, 60 steps out), dispatched in the page, with the time of
 * every animation frame. Mouse events for d3-zoom, pointer events for vis-timeline's Hammer.js.
 */
export function gesture(selector: string): Promise<number[]> {
  const target = document.querySelector(selector)!;
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + Math.min(box.height / 2, 60);
  const times: number[] = [];
  const at = (dx: number) => ({ bubbles: true, cancelable: true, view: window, clientX: x + dx, clientY: y, button: 0, buttons: 1, pointerId: 1, isPrimary: true, pointerType: 'mouse' });
  const send = (i: number) => {
    if (i < 60) target.dispatchEvent(new WheelEvent('wheel', { ...at(0), buttons: 0, deltaY: -72 }));
    else if (i === 60) { target.dispatchEvent(new PointerEvent('pointerdown', at(0))); target.dispatchEvent(new MouseEvent('mousedown', at(0))); }
    else if (i < 119) { window.dispatchEvent(new PointerEvent('pointermove', at((60 - i) * 8))); window.dispatchEvent(new MouseEvent('mousemove', at((60 - i) * 8))); }
    else if (i === 119) { window.dispatchEvent(new PointerEvent('pointerup', at(-472))); window.dispatchEvent(new MouseEvent('mouseup', at(-472))); }
    else target.dispatchEvent(new WheelEvent('wheel', { ...at(0), buttons: 0, deltaY: 72 }));
  };
  return new Promise((done) => {
    let i = 0;
    const tick = (t: number) => {
      times.push(t);
      if (i < 180) { send(i++); requestAnimationFrame(tick); } else done(times);
    };
    requestAnimationFrame(tick);
  });
}

async function measure(browser: Browser, page: Page, url: string, box: string): Promise<{ drawnMs: number; frames: FrameSamples }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, undefined, { timeout: 120_000 });
  const drawnMs = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'cc', 'benchmark', 'disabled-by-default-devtools.timeline.frame'] });
  const times = await page.evaluate(gesture, box);
  await page.waitForTimeout(300);
  const raw = (await browser.stopTracing()).toString();
  if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}-${url.split('/').pop()}.json`, raw);
  return { drawnMs, frames: { ...frameSamples(JSON.parse(raw)), intervals: times.slice(1).map((t, i) => t - times[i]!) } };
}

/**
 * Each page is measured `rounds` times (a fresh load each time) and the frames pooled, so that
 * the p95 rests on a few hundred frames rather than on the five slowest of one run; the drawing
 * time is the median of the loads.
 */
async function rounds(browser: Browser, page: Page, url: string, box: string, n: number): Promise<{ drawnMs: number } & FrameStats> {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await measure(browser, page, url, box));
  const drawn = runs.map((r) => r.drawnMs).sort((a, b) => a - b);
  return { drawnMs: drawn[Math.floor(drawn.length / 2)]!, ...frameStats(runs.map((r) => r.frames)) };
}

export async function benchRender(count: number, repeat = 3): Promise<RenderRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const server = spawn(process.execPath, ['src/cli/serve.ts', dir, '4331'], { stdio: 'ignore' });
  try {
    const events = syntheticEvents(count);
    await build({ entryPoints: ['bench/render-entry.ts'], bundle: true, minify: true, format: 'esm', outfile: join(dir, 'ours.js'), logLevel: 'silent' });
    const css = readFileSync('src/styles/global.css', 'utf8') + typeStylesheet(eventTypes);
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
    // The floor: the same gestures on a page that only moves one box with them, so that
    // Chromium's own cost of a frame shows.
    writeFileSync(join(dir, 'empty.html'), `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="timeline" style="width:1200px;height:200px;position:relative"><div id="box" style="position:absolute;width:20px;height:20px;background:#888"></div></div>
<script>const t=document.getElementById('timeline'),box=document.getElementById('box');let x=0;const move=(d)=>{x=(x+d+1180)%1180;box.style.left=x+'px';};let last=null;
t.addEventListener('wheel',(e)=>{e.preventDefault();move(e.deltaY/12);},{passive:false});window.addEventListener('mousemove',(e)=>{if(e.buttons&&last!==null)move(e.clientX-last);last=e.buttons?e.clientX:null;});
requestAnimationFrame(()=>{window.__drawn=performance.now();});</script></body></html>`);
    await new Promise((r) => setTimeout(r, 800));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // vis-timeline takes seconds a frame: one round is plenty to measure it.
      return [
        { library: 'this timeline', events: count, ...await rounds(browser, page, 'http://127.0.0.1:4331/ours.html', '#timeline svg', repeat) },
        { library: 'vis-timeline', events: count, ...await rounds(browser, page, 'http://127.0.0.1:4331/vis.html', '#timeline .vis-timeline', 1) },
        { library: 'empty page (Chromium alone)', events: 0, ...await rounds(browser, page, 'http://127.0.0.1:4331/empty.html', '#timeline', 1) },
      ];
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
