/**
 * `astro build` at site scale: for the seeds and synthetic corpora, the first build (empty
 * caches) and a rebuild after touching one article, with wall time and peak memory of the
 * build process, the output's size and page count, the weight of `/` (its HTML and the data
 * it loads, gzipped) and of the largest HTML page.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticCorpus } from './corpus.ts';

const TIME = '/usr/bin/time';

/** Wall time, peak memory and CPU time (user + system, all threads) of one build. */
interface Run { seconds: number; peakMB: number | null; cpu: number | null }

/** One `astro build` in a child process; its peak resident memory from GNU time when there is one. */
function build(articles: string | null, outDir: string, caches: string): Run {
  const env = {
    ...process.env, SITE_URL: 'http://127.0.0.1:4330', ASTRO_CACHE_DIR: join(caches, 'astro'), OG_CACHE_DIR: join(caches, 'og'),
    EXTRACT_CACHE_DIR: join(caches, 'extract'), ...(articles ? { ARTICLES_DIR: articles } : {}),
  };
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, '--silent'];
  const timed = existsSync(TIME);
  const t0 = performance.now();
  const r = timed ? spawnSync(TIME, ['-f', 'PEAK_KB=%M CPU=%U+%S', ...astro], { encoding: 'utf8', env, maxBuffer: 1 << 28 })
    : spawnSync(astro[0]!, astro.slice(1), { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed: ${r.stderr.slice(-2000)}`);
  const m = /PEAK_KB=(\d+) CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { seconds, peakMB: m ? Number(m[1]) / 1024 : null, cpu: m ? Number(m[2]) + Number(m[3]) : null };
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

export interface OutputFacts {
  megabytes: number;
  files: number;
  htmlPages: number;
  /** `/`: its HTML and the data files it loads (`data-src`, unless the data is in the page), gzipped, in bytes. */
  home: { html: number; data: number; total: number };
  /** The largest HTML page, in bytes as written (not gzipped). */
  largest: { page: string; bytes: number };
}

/** What a built site weighs. */
export function outputFacts(dist: string): OutputFacts {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const sizes = html.map((f) => ({ page: f.slice(dist.length).replace(/index\.html$/, ''), bytes: statSync(f).size }));
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '', bytes: 0 });
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  // A small corpus has the chart's data in the page (#timeline-data): then the file is not loaded.
  const data = index.includes('id="timeline-data"') ? [] : [...index.matchAll(/data-src="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
  const home = { html: gz(index), data: [...new Set(data)].reduce((s, src) => s + gz(readFileSync(join(dist, src))), 0), total: 0 };
  home.total = home.html + home.data;
  return { megabytes: files.reduce((s, f) => s + statSync(f).size, 0) / 1e6, files: files.length, htmlPages: html.length, home, largest };
}

export interface BuildRow {
  corpus: string; articles: number; events: number | null;
  first: number; rebuild: number; firstPeakMB: number | null; rebuildPeakMB: number | null;
  /** CPU seconds (user + system) of each build: what the machine's other work cannot inflate. */
  firstCpu: number | null; rebuildCpu: number | null;
  /** The 1-minute load average before each build: above 2 on two cores, someone else was running too. */
  load: [number, number];
  output: OutputFacts;
}

function eventsOf(dist: string): number | null {
  try { return (JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as { events: unknown[] }).events.length; } catch { return null; }
}

/** Builds one corpus twice (empty caches, then after appending a sentence to one article). */
function buildTwice(work: string, name: string, articles: string | null, touch: string | null): BuildRow {
  const caches = join(work, `cache-${name}`), out = join(work, `out-${name}`);
  const load0 = loadavg()[0]!;
  const first = build(articles, out, caches);
  const output = outputFacts(out);
  if (touch) appendFileSync(touch, '\nUne phrase de plus, sans événement.\n');
  const load1 = loadavg()[0]!;
  const again = build(articles, out, caches);
  const row: BuildRow = {
    corpus: name, articles: articles ? readdirSync(articles).length : 5, events: eventsOf(out),
    first: first.seconds, rebuild: again.seconds, firstPeakMB: first.peakMB, rebuildPeakMB: again.peakMB, output,
    firstCpu: first.cpu, rebuildCpu: again.cpu, load: [load0, load1],
  };
  rmSync(out, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
  return row;
}

/** The seeds, then each synthetic size. */
export function benchBuild(syntheticSizes: number[], log: (line: string) => void = () => {}): BuildRow[] {
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const rows: BuildRow[] = [buildTwice(work, 'seeds', null, null)];
    log(`seeds: ${rows[0]!.first.toFixed(1)} s, ${rows[0]!.rebuild.toFixed(1)} s`);
    for (const n of syntheticSizes) {
      const dir = join(work, `articles-${n}`);
      mkdirSync(dir);
      const corpus = syntheticCorpus(n);
      for (const a of corpus) writeFileSync(join(dir, a.name), a.text);
      const row = buildTwice(work, `synthetic ${n}`, dir, join(dir, corpus[0]!.name));
      rows.push(row);
      log(`${n}: ${row.first.toFixed(1)} s, ${row.rebuild.toFixed(1)} s, ${row.firstPeakMB?.toFixed(0)} MB, / ${row.output.home.total} B gz`);
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
