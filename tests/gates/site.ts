/**
 * Gates on the built sites (run by `npm test` after the build):
 *  - html-validate finds no error in any page of dist/, dist-edge/ and dist-news/;
 *  - no internal link, script, stylesheet or image points to a file that does not exist;
 *  - a second build of the same input is byte-identical to dist/;
 *  - an incremental rebuild after articles change (one gone, one edited, one renamed by its first
 *    line) is byte-identical to a
 *    fresh build of the changed folder, and did reuse pages (else the check proves nothing).
 * Prints one line per check and a closing "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

const SITES: { dir: string; origin: string }[] = [
  { dir: 'dist', origin: 'http://127.0.0.1:4322' },
  { dir: 'dist-edge', origin: 'http://127.0.0.1:4323' },
  { dir: 'dist-news', origin: 'http://127.0.0.1:4324' },
];

let passed = 0;
let failed = 0;
function check(name: string, problems: string[]): void {
  if (problems.length === 0) { passed++; process.stdout.write(`ok   ${name}\n`); return; }
  failed++;
  process.stdout.write(`FAIL ${name}\n${problems.slice(0, 30).map((p) => `     ${p}`).join('\n')}\n`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).sort();
}

/** The file a URL path of the site resolves to, as the static host would serve it. */
function target(dir: string, path: string): string | null {
  let p: string;
  try { p = decodeURIComponent(path.split(/[?#]/)[0]!); } catch { return null; }
  const file = join(dir, p);
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return null;
}

async function validate(dir: string): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const out: string[] = [];
  for (const file of files(dir).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) out.push(`${relative('.', file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return out;
}

function links(dir: string, origin: string): { broken: string[]; checked: number } {
  const out: string[] = [];
  let checked = 0;
  for (const file of files(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dir, file).replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (!raw || raw.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      let url: URL;
      try { url = new URL(raw, origin + page); } catch { out.push(`${relative('.', file)}: bad URL ${raw}`); continue; }
      if (url.origin !== origin) continue;
      checked++;
      if (!target(dir, url.pathname)) out.push(`${relative('.', file)}: broken link ${raw}`);
    }
  }
  return { broken: out, checked };
}

function digest(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

function determinism(): string[] {
  const again = mkdtempSync(join(tmpdir(), 'dist-again-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', again], {
      encoding: 'utf8', env: { ...process.env, SITE_URL: SITES[0]!.origin },
    });
    if (r.status !== 0) return [`second build failed: ${r.stderr.slice(-500)}`];
    const a = digest('dist'), b = digest(again);
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    return names.filter((n) => a.get(n) !== b.get(n)).map((n) => `${n} differs between two builds`);
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
}

/** One `astro build` of a folder with its own caches; its log, or the failure. */
function buildWith(articles: string, outDir: string, caches: string): { log: string } | { error: string } {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8', maxBuffer: 1 << 26,
    env: { ...process.env, SITE_URL: SITES[0]!.origin, ARTICLES_DIR: articles, ASTRO_CACHE_DIR: join(caches, 'astro'), OG_CACHE_DIR: join(caches, 'og'), EXTRACT_CACHE_DIR: join(caches, 'extract') },
  });
  return r.status === 0 ? { log: r.stdout + r.stderr } : { error: r.stderr.slice(-500) };
}

/**
 * Builds the seeds, then after each change rebuilds into the same folder with the same caches
 * and compares with a fresh build of the changed folder.
 */
function incremental(): string[] {
  const work = mkdtempSync(join(tmpdir(), 'dist-incremental-'));
  try {
    const articles = join(work, 'articles');
    cpSync('seeds', articles, { recursive: true });
    const first = buildWith(articles, join(work, 'rebuilt'), join(work, 'cache'));
    if ('error' in first) return [`first build failed: ${first.error}`];
    const names = readdirSync(articles).sort();
    const changes: [string, () => void][] = [
      // An untitled article is named by its first line: reworded at the same length (no offset
      // moves, no event changes), only the names readers see change, and the exports print them.
      ['an article renamed by its first line', () => {
        const renamed = join(articles, names[2]!);
        const [line, ...rest] = readFileSync(renamed, 'utf8').split('\n');
        const words = line!.split(' ');
        writeFileSync(renamed, [[words[1], words[0], ...words.slice(2)].join(' '), ...rest].join('\n'));
      }],
      ['an article gone and another edited', () => {
        rmSync(join(articles, names.at(-1)!));
        appendFileSync(join(articles, names[0]!), '\nUne phrase de plus, sans événement.\n');
      }],
    ];
    const problems: string[] = [];
    for (const [i, [what, change]] of changes.entries()) {
      change();
      const again = buildWith(articles, join(work, 'rebuilt'), join(work, 'cache'));
      if ('error' in again) return [`rebuild after ${what} failed: ${again.error}`];
      const fresh = buildWith(articles, join(work, `fresh-${i}`), join(work, `cache-fresh-${i}`));
      if ('error' in fresh) return [`fresh build after ${what} failed: ${fresh.error}`];
      const a = digest(join(work, 'rebuilt')), b = digest(join(work, `fresh-${i}`));
      problems.push(...[...new Set([...a.keys(), ...b.keys()])].sort().filter((n) => a.get(n) !== b.get(n)).map((n) => `after ${what}: ${n} differs between the rebuild and a fresh build`));
      if (!(again.log.match(/\(cached\)/g) ?? []).length) problems.push(`after ${what}: the rebuild reused no page, the check compared two fresh builds`);
    }
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const site of SITES) {
  check(`html-validate: no error in ${site.dir}/`, await validate(site.dir));
  const { broken, checked } = links(site.dir, site.origin);
  check(`links: all ${checked} internal links of ${site.dir}/ resolve`, checked > 0 ? broken : ['no link found: the checker read nothing']);
}
check('determinism: two builds of the same articles are byte-identical', determinism());
check('incremental: a rebuild after articles change (renamed, gone, edited) equals a fresh build', incremental());
process.stdout.write(`\ngates: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
