/**
 * Article file names are untrusted and become source ids and URLs. Names git cannot hold
 * (a newline, a control character) are made here, in a temporary folder, and a real site
 * build runs on them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absolute, paths } from '../../src/site/urls.ts';

const SITE = 'http://127.0.0.1:4399';
/** File name -> an article in its own words (each a different event, so none is a copy). */
const articles: [string, string][] = [
  ['...md', 'Le 13 février 2023, les gendarmes ont arrêté deux syndicalistes à Lomé.'],
  ['..md', 'Le 21 mars 2023, la police a interpellé quatre étudiants à Cotonou.'],
  ['a\\b.md', "Le 18 avril 2023, l'armée a arrêté un ancien ministre à Bamako."],
  ['retour\nligne.md', 'Le 6 juin 2023, la police a arrêté cinq commerçants à Niamey.'],
  ['a#b.md', "Le 11 juillet 2023, les autorités ont expulsé un chercheur étranger d'Abidjan."],
  ['a?b.md', 'Le 26 septembre 2023, des militaires ont arrêté un député à Conakry.'],
  ['100%.md', 'Le 4 octobre 2023, la police a arrêté trois journalistes à Dakar.'],
  ['Côte d’Ivoire, l’été.md', 'Le 8 novembre 2023, les gendarmes ont arrêté un maire à Yamoussoukro.'],
  ['tab\there.txt', 'Le 5 décembre 2023, la police a arrêté six militants à Ouagadougou.'],
];
const idOf = (name: string) => name.replace(/\.(md|txt)$/, '').normalize('NFC');

/** Every file a request path is served from, as a static host finds it: one percent-decoding. */
const fileFor = (out: string, path: string) => join(out, decodeURIComponent(new URL(path, SITE).pathname), 'index.html');

describe('hostile file names', { timeout: 180_000 }, () => {
  let dir = '', out = '', build: SpawnSyncReturns<string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'names-'));
    out = mkdtempSync(join(tmpdir(), 'dist-names-'));
    articles.forEach(([name, body], i) => writeFileSync(join(dir, name), `---\npublished: 2023-12-${String(10 + i).padStart(2, '0')}\n---\n${body}\n`));
    mkdirSync(join(dir, 'sous-dossier')); // reported on /rapport/, by its name
    build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: dir, SITE_URL: SITE },
    });
  }, 180_000); // a whole site build: on a loaded machine it takes longer than the default hook timeout
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('build the site', () => {
    expect(build.stderr + build.stdout).not.toContain('Missing parameter');
    expect(build.status, build.stderr).toBe(0);
  });

  it('each have a source page, at their canonical URL, linked from their event', () => {
    const contract = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')) as { sources: { id: string }[]; events: { id: string; citations: { source: string }[] }[] };
    expect(contract.sources.map((s) => s.id).sort()).toEqual(articles.map(([name]) => idOf(name)).sort());
    for (const { id } of contract.sources) {
      const page = fileFor(out, paths.source(id));
      expect(existsSync(page), JSON.stringify(id)).toBe(true);
      const html = readFileSync(page, 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${absolute(paths.source(id), SITE)}">`);
      const event = contract.events.find((e) => e.citations.some((c) => c.source === id))!;
      expect(readFileSync(fileFor(out, paths.event(event.id)), 'utf8')).toContain(`href="${paths.source(id)}"`);
    }
  });

  it('every link to a source page, on every page, reaches one', () => {
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    let links = 0;
    for (const f of pages) {
      for (const [, href] of readFileSync(join(out, f), 'utf8').matchAll(/href="((?:https?:\/\/[^/"]+)?\/sources\/[^"]*)"/g)) {
        expect(existsSync(fileFor(out, href!.replaceAll('&amp;', '&'))), `${f}: ${href}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(articles.length * 2);
  });

  it('show the file name, not the folders of the machine that built the site', () => {
    const html = readFileSync(fileFor(out, paths.source('a\\b')), 'utf8');
    expect(html).toContain('<code>a\\b.md</code>');
    expect(html).not.toContain(dir);
    expect(readFileSync(fileFor(out, paths.source('retour\nligne')), 'utf8')).toContain('<code>retour\uFFFDligne.md</code>');
    const report = readFileSync(join(out, 'rapport', 'index.html'), 'utf8');
    expect(report).toContain('<code>sous-dossier</code>');
    expect(report).not.toContain(dir.split('/').at(-1));
  });
});
