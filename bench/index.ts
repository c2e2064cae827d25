/**
 * `npm run bench`: extraction throughput and scaling, build times, page weight and
 * rendering, side by side in one run, printed as a table (Markdown) and saved to
 * bench/results.json. `npm run bench -- --smoke` runs every part at a tiny size, for tests.
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { benchExtraction } from './extract.ts';
import { benchBuild } from './build.ts';
import { pageWeight } from './weight.ts';
import { benchRender } from './render.ts';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [20, 40, 80] : [100, 1000, 10_000];
const out: string[] = [];
const say = (line = '') => { out.push(line); process.stdout.write(`${line}\n`); };
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
say(`# Benchmarks${smoke ? ' (smoke run: tiny sizes, figures not meaningful)' : ''}`);
say();
say(`Machine: ${machine}.`);
say();

// 1. Extraction, best of three runs per size, each after a garbage collection, one core.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const extraction = sizes.map((n) => {
  const results = Array.from({ length: 3 }, () => { gc(); return benchExtraction([n])[0]!; });
  return results.reduce((best, r) => (r.seconds < best.seconds ? r : best));
});
say('## 1. Extraction (synthetic corpora, one core)');
say();
say('| articles | MB | time | articles/s | Intl.Segmenter floor | × floor | events |');
say('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of extraction) {
  say(`| ${r.articles} | ${r.megabytes.toFixed(1)} | ${ms(r.seconds)} | ${r.perSecond.toFixed(0)} | ${ms(r.floorSeconds)} | ${(r.seconds / r.floorSeconds).toFixed(1)} | ${r.events} |`);
}
const big = extraction.at(-1)!, mid = extraction.at(-2)!;
const ratio = big.seconds / mid.seconds;
say();
say(`- Throughput at ${big.articles} articles: ${big.perSecond.toFixed(0)} articles/s (target ≥ 500): ${verdict(big.perSecond >= 500)}.`);
say(`- Time over the Intl.Segmenter floor: ${(big.seconds / big.floorSeconds).toFixed(1)}× (target ≤ 10): ${verdict(big.seconds / big.floorSeconds <= 10)}.`);
say(`- time(${big.articles}) / time(${mid.articles}): ${ratio.toFixed(1)} (target ≤ 11, linear): ${verdict(ratio <= 11)}.`);
say();

// 2. Build, at site scale.
const siteSizes = smoke ? [20] : (process.argv.find((a) => a.startsWith('--site='))?.slice(7).split(',').map(Number) ?? [1000, 5000, 10_000]);
const builds = benchBuild(siteSizes, (line) => process.stderr.write(`build ${line}\n`));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (m: number | null) => (m === null ? '—' : `${m.toFixed(0)} MB`);
say('## 2. Site build (`astro build`, empty caches, then after touching one article)');
say();
say('Wall time, CPU time of all the build\'s threads (user + system: what other people\'s work on the machine cannot inflate), peak resident memory, and the 1-minute load average before the build (2 cores: above 2, others were running).');
say();
say('| corpus | articles | events | first build | CPU | peak memory | load | rebuild | CPU | peak memory | load | output | HTML pages | `/` gz (HTML + data) | largest HTML page |');
say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const cpu = (s: number | null) => (s === null ? '—' : `${s.toFixed(0)} s`);
for (const b of builds) {
  say(`| ${b.corpus} | ${b.articles} | ${b.events ?? '—'} | ${b.first.toFixed(1)} s | ${cpu(b.firstCpu)} | ${mb(b.firstPeakMB)} | ${b.load[0].toFixed(1)} | ${b.rebuild.toFixed(1)} s | ${cpu(b.rebuildCpu)} | ${mb(b.rebuildPeakMB)} | ${b.load[1].toFixed(1)} | ${b.output.megabytes.toFixed(0)} MB | ${b.output.htmlPages} | ${kb(b.output.home.total)} (${kb(b.output.home.html)} + ${kb(b.output.home.data)}) | ${kb(b.output.largest.bytes)} \`${b.output.largest.page}\` |`);
}
const synthetic = builds.filter((b) => b.corpus !== 'seeds');
const top = synthetic.at(-1)!, low = synthetic[0]!;
say();
if (synthetic.length > 1) {
  say(`- ${top.articles} / ${low.articles} articles: first build ×${(top.first / low.first).toFixed(1)}, rebuild ×${(top.rebuild / low.rebuild).toFixed(1)}, peak memory ×${((top.firstPeakMB ?? 0) / (low.firstPeakMB ?? 1)).toFixed(1)}, output ×${(top.output.megabytes / low.output.megabytes).toFixed(1)}, \`/\` ×${(top.output.home.total / low.output.home.total).toFixed(1)} (for ×${(top.articles / low.articles).toFixed(0)} articles).`);
}
say(`- First build of ${top.articles} articles (${top.events ?? '?'} events): ${top.first.toFixed(1)} s (target ≤ 120 s): ${verdict(top.first <= 120)}; after touching one article: ${top.rebuild.toFixed(1)} s (target ≤ 20 s): ${verdict(top.rebuild <= 20)}. CPU time ${cpu(top.firstCpu)} and ${cpu(top.rebuildCpu)}, load average ${top.load[0].toFixed(1)} and ${top.load[1].toFixed(1)} before each.`);
const peak = Math.max(top.firstPeakMB ?? 0, top.rebuildPeakMB ?? 0);
say(`- Peak memory of the build: ${mb(peak)} (target ≤ 2 GB, 2,048 MB): ${verdict(peak <= 2048)}.`);
say(`- \`/\`: ${top.output.home.total} bytes gzipped, HTML and the data it loads (target ≤ 150 KB, 150,000 bytes): ${verdict(top.output.home.total <= 150_000)}; largest HTML page ${top.output.largest.bytes} bytes, \`${top.output.largest.page}\` (target ≤ 300 KB): ${verdict(top.output.largest.bytes <= 300_000)}.`);
say();
// The smoke run checks page weights: a page that embeds every event fails the tests, not only the bench.
if (smoke && (top.output.home.total > 150_000 || top.output.largest.bytes > 300_000)) {
  process.stderr.write(`page weight over budget: / ${top.output.home.total} B gz, ${top.output.largest.page} ${top.output.largest.bytes} B\n`);
  process.exitCode = 1;
}

// 3. Page weight (of the site built by the test suite or `npm run build`).
const weights = ['', 'embed'].map((p) => pageWeight('dist', p));
say('## 3. Page weight (gzip -9, JS and CSS each page loads)');
say();
say('| page | timeline bundle (d3 + timeline + page script) | all JavaScript loaded | CSS |');
say('|---|---:|---:|---:|');
for (const w of weights) say(`| /${w.page}${w.page ? '/' : ''} | ${(w.largestJs / 1024).toFixed(1)} KiB | ${(w.js / 1024).toFixed(1)} KiB | ${(w.css / 1024).toFixed(1)} KiB |`);
const timelineBytes = Math.max(...weights.map((w) => w.largestJs));
say();
say(`- Timeline JavaScript: ${timelineBytes} bytes (${(timelineBytes / 1024).toFixed(1)} KiB) gzipped (target ≤ 30 KB, read strictly as 30,000 bytes; TimelineJS ~76 KB, vis-timeline ~160 KB): ${verdict(timelineBytes <= 30_000)}.`);
say();

// 4. Rendering.
const count = smoke ? 500 : 10_000;
const renders = await benchRender(count, smoke ? 1 : 3);
const [ours, vis, empty] = renders as [typeof renders[0], typeof renders[0], typeof renders[0]];
say(`## 4. Rendering ${count} events in Chromium (headless, software rendering)`);
say();
say(`The gesture runs at the display's rate, one input event per animation frame as a trackpad sends them: 60 wheel steps in (from the whole decade down to a few days, where marks replace the density strip), a 60-frame drag, 60 steps out. This timeline is measured over ${smoke ? 'one page load' : 'three page loads, frames pooled'}; the empty page only takes the same events, to show Chromium's own share.`);
say();
say('| library | navigation → drawn | p95 main-thread work per frame | p95 interval between animation frames | p95 frame span (vsync wait included) | frames shown | frames dropped |');
say('|---|---:|---:|---:|---:|---:|---:|');
for (const r of renders) say(`| ${r.library} | ${r.drawnMs.toFixed(0)} ms | ${r.mainP95.toFixed(1)} ms | ${r.intervalP95.toFixed(1)} ms | ${r.spanP95.toFixed(1)} ms | ${r.frames} | ${r.dropped} |`);
say();
say(`- Drawn in ${ours.drawnMs.toFixed(0)} ms (target ≤ 500 ms): ${verdict(ours.drawnMs <= 500)}; vis-timeline is ${(vis.drawnMs / ours.drawnMs).toFixed(1)}× slower.`);
say(`- p95 frame time ${ours.mainP95.toFixed(1)} ms of main-thread work per frame (target ≤ 16 ms): ${verdict(ours.mainP95 <= 16)}; vis-timeline's is ${(vis.mainP95 / ours.mainP95).toFixed(1)}× longer; the empty page's ${empty.mainP95.toFixed(1)} ms is Chromium's own share.`);
say(`- Animation frames came every ${ours.intervalP95.toFixed(1)} ms at p95 (${(1000 / ours.intervalP95).toFixed(0)} frames per second; the empty page ${empty.intervalP95.toFixed(1)} ms, vis-timeline ${vis.intervalP95.toFixed(0)} ms). Dropped frames: ${ours.dropped} of ${ours.frames + ours.dropped} (vis-timeline ${vis.dropped} of ${vis.frames + vis.dropped}).`);
say(`- Frame span (first task to rendering, with the wait for vsync; what Long Animation Frames calls duration): ${ours.spanP95.toFixed(1)} ms at p95, the empty page ${empty.spanP95.toFixed(1)} ms: the wait, not work.`);

writeFileSync(smoke ? 'bench/results.smoke.json' : 'bench/results.json', `${JSON.stringify({ machine, extraction, ratio, builds, weights, renders }, null, 2)}\n`);
writeFileSync(smoke ? 'bench/results.smoke.md' : 'bench/results.md', `${out.join('\n')}\n`);
