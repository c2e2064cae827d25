/**
 * The `npm run add` command, run as a user would, against a local news site (never the
 * internet): what it writes, what it reports, what it refuses, and that `npm run extract`
 * finds the events of what it wrote, with their dates.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read.ts';
import { contractSchema } from '../../src/extract/schema.ts';
import { articleSlug } from '../../src/io/web/article-file.ts';
import { PATHS, startNewsServer, type NewsServer } from '../io/web/news-server.ts';

/** Runs the command without blocking this process, which serves the pages. */
const add = (...args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, ['src/cli/add.ts', ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
    resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
});

let site: NewsServer;
let dir: string;
let first: { code: number; stdout: string; stderr: string };
const url = (path: string) => `${site.base}${path}`;
const CANONICAL = 'https://www.courrier-du-fleuve.example/afrique/article/niamey-expulse-trois-employes-ong';
const read = (name: string) => readArticle(name, name, readFileSync(join(dir, name), 'utf8'));
/** The file written for a page, found by its front-matter address. */
const fileFor = (address: string) => readdirSync(dir).map(read).find((a) => a.meta.url === address)!;

beforeAll(async () => {
  site = await startNewsServer();
  dir = join(mkdtempSync(join(tmpdir(), 'add-')), 'articles');
  first = await add(url(PATHS.expulsion), url(PATHS.arrestMoved), url(PATHS.undated), url(PATHS.english),
    url(PATHS.subscribers), url(PATHS.pdf), url(PATHS.missing), url(PATHS.huge), '--to', dir, '--pause', '0');
}, 60_000);
afterAll(() => site.close());

describe('add command', { timeout: 60_000 }, () => {
  it('handles every address in turn, one progress line each, a failure never stopping the rest', () => {
    expect(first.code).toBe(1);
    for (let i = 1; i <= 8; i++) expect(first.stdout).toContain(`[${i}/8] `);
    expect(first.stdout).toMatch(/add: 4 added, 0 already there, 4 failed/);
    expect(readdirSync(dir).sort()).toHaveLength(4);
  });

  it('says why each failure wrote nothing', () => {
    const after = (path: string) => first.stdout.split(`] ${url(path)}\n`)[1]!.split('\n')[0];
    expect(after(PATHS.pdf)).toMatch(/FAILED: not an HTML page \(application\/pdf\): refused/);
    expect(after(PATHS.missing)).toMatch(/FAILED: the server answered 404/);
    expect(after(PATHS.huge)).toMatch(/FAILED: page larger than 5\.0 MB: not read/);
    expect(after(PATHS.subscribers)).toMatch(/FAILED: only \d+ characters of article text: the page marks the article for subscribers \(paywall\); not written/);
  });

  it('writes the article with its metadata and its text, without the page around it', () => {
    const a = fileFor(CANONICAL);
    expect(a.id).toBe(`${articleSlug(CANONICAL)}.txt`);
    expect(a.warnings).toEqual([]);
    expect(a.meta).toEqual({ url: CANONICAL, title: "Niamey expulse trois employés d'une ONG française", outlet: 'Le Courrier du Fleuve',
      published: '2025-03-13', lang: 'fr' });
    const body = a.text.slice(a.bodyStart);
    expect(body.startsWith("Les autorités du Niger ont ordonné mercredi 12 mars l'expulsion de trois employés")).toBe(true);
    expect(body).toContain("\n\nSelon ce texte, les trois humanitaires, deux Français et une Belge, sont accusés d'avoir « mené des activités sans rapport avec leur mission ».");
    expect(body).toContain("\n\nContactée, l'ambassade de France à Niamey, fermée depuis, n'a pas souhaité réagir.");
    for (const furniture of ['cookies', 'Tout accepter', 'Économie', 'Photo d\'illustration', 'Le terminal de l\'aéroport', 'Au Sahel, les ONG',
      'Partager sur', 'Les plus lus', 'Élections', 'Mentions légales', 'Tous droits réservés', 'window.analytics']) {
      expect(body).not.toContain(furniture);
    }
    expect(first.stdout).toContain('found published: 2025-03-13 (from article:published_time)');
    expect(first.stdout).toContain('missing: the canonical address is on another site (courrier-du-fleuve.example) than the page fetched (127.0.0.1): check `url:`');
  });

  it('follows a redirect and keeps the address it ended at, with the JSON-LD date', () => {
    const a = fileFor(url(PATHS.arrest));
    expect(a.meta).toMatchObject({ title: "Guinée : quatre militants arrêtés lors d'une manifestation à Conakry", outlet: 'Guinée Matin Test',
      published: '2024-06-19', lang: 'fr' });
    expect(a.text).not.toMatch(/Koloma \(Photo|À lire également|Newsletter|Suivez-nous/);
    const report = first.stdout.split(`] ${url(PATHS.arrestMoved)}\n`)[1]!.split('\n[')[0]!;
    expect(report).toContain('found published: 2024-06-19 (from JSON-LD datePublished)');
    expect(report).toContain(`found url: ${url(PATHS.arrest)} (the page gives no canonical address)`);
    expect(report).not.toContain('missing');
  });

  it('writes a page without a date or a language without inventing them, and says what to add', () => {
    const a = fileFor(url(PATHS.undated));
    expect(a.meta).toEqual({ url: url(PATHS.undated), title: 'Mali : un journaliste interpellé à Bamako', outlet: '127.0.0.1', published: null, lang: null });
    expect(a.text).toContain("Un journaliste d'une radio privée a été interpellé à Bamako par des agents de la sécurité d'État");
    expect(first.stdout).toContain('missing: no publication date in the page: add `published:`');
    expect(first.stdout).toContain('missing: no language in the page (<html lang>): add `lang:`');
    expect(first.stdout).toContain('found outlet: 127.0.0.1 (the host: the page names no site)');
  });

  it('keeps an English page’s language and its <time> date', () => {
    const a = fileFor('https://world-desk.example/news/africa/soldiers-seize-power');
    expect(a.meta).toMatchObject({ outlet: 'World Desk', published: '2024-01-22', lang: 'en' });
    expect(a.text).toContain('A group of army officers announced on state television on Sunday');
    expect(a.text).not.toMatch(/We use cookies|Armoured vehicles|Read more|Privacy/);
  });

  it('gives files from which `npm run extract` finds each event with its date', () => {
    const out = join(dir, '..', 'events.json');
    const r = spawnSync(process.execPath, ['src/cli/extract.ts', dir, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const contract = contractSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const expelled = contract.events.find((e) => e.type === 'expulsion');
    expect(expelled?.date).toMatchObject({ start: '2025-03-12', precision: 'day' });
    expect(expelled?.country).toBe('NE');
    expect(expelled?.citations[0]?.quote).toMatch(/^Les autorités du Niger ont ordonné mercredi 12 mars l'expulsion de trois employés/);
    // What add left inside the article's text is the extractor's cleaning's: never quoted.
    const quotes = contract.events.flatMap((e) => e.citations.map((c) => c.quote)).join('\n');
    expect(quotes).not.toMatch(/Lire aussi|Telegram/);
    const arrested = contract.events.find((e) => e.type === 'arrest' && e.date.start === '2024-06-18');
    expect(arrested?.citations[0]?.quote).toMatch(/^Quatre militants/);
    const source = contract.sources.find((s) => s.url === CANONICAL);
    expect(source).toMatchObject({ published: '2025-03-13', publishedDerivation: 'stated', outlet: 'Le Courrier du Fleuve' });
  });

  it('updates nothing when given the same addresses again, and says so', async () => {
    const before = readdirSync(dir).map((n) => [n, statSync(join(dir, n)).mtimeMs, readFileSync(join(dir, n), 'utf8')]);
    const again = await add(url(PATHS.expulsion), url(PATHS.arrestMoved), '--to', dir, '--pause', '0');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged: already in .*niamey-expulse-trois-employes-ong-[0-9a-f]{8}\.txt: nothing updated/);
    expect(again.stdout).toMatch(/add: 0 added, 2 already there, 0 failed/);
    expect(readdirSync(dir).map((n) => [n, statSync(join(dir, n)).mtimeMs, readFileSync(join(dir, n), 'utf8')])).toEqual(before);
  });

  it('reads addresses from a list and saved pages from disk', async () => {
    const to = join(mkdtempSync(join(tmpdir(), 'add-list-')), 'seeds');
    const list = join(to, '..', 'liens.txt');
    writeFileSync(list, `# À ajouter\n\n${url(PATHS.english)}\n  ${url(PATHS.missing)}  \nnulle-part.html\n`);
    const r = await add('tests/fixtures/web/expulsion-niamey.html', '--from', list, '--to', to, '--pause', '0');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[1/4] tests/fixtures/web/expulsion-niamey.html');
    expect(r.stdout).toMatch(/\[4\/4\] nulle-part\.html\n {2}FAILED: neither a web address nor a file/);
    expect(r.stdout).toMatch(/add: 2 added, 0 already there, 2 failed/);
    expect(readdirSync(to).sort()).toEqual([`${articleSlug(CANONICAL)}.txt`, `${articleSlug('https://world-desk.example/news/africa/soldiers-seize-power')}.txt`].sort());
  });

  it('explains its usage', async () => {
    const r = await add('--to', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run add -- <url\|file\.html> \[more…\] \[--to <dir>\] \[--from links\.txt\]/);
    expect((await add('--nope')).code).toBe(2);
  });
});
