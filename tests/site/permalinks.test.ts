import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasPages, brokenMessage, brokenPermalinks, parseAliases, publishedFile, readPermalinkFiles, resolveAlias } from '../../src/site/permalinks.ts';
import { extractFolder as extractDir } from '../../src/io/extract-folder.ts';

describe('permalinks', () => {
  const files = { published: ['a', 'b', 'c'], aliases: { b: 'b2', b2: 'd', x: 'y' } };

  it('resolves an old id through a chain of aliases', () => {
    expect(resolveAlias('b', new Set(['a', 'd']), files.aliases)).toBe('d');
    expect(resolveAlias('x', new Set(['a']), files.aliases)).toBeNull();
    expect(resolveAlias('l', new Set(), { l: 'm', m: 'l' })).toBeNull();
  });

  it('lists published ids that would no longer resolve', () => {
    expect(brokenPermalinks(['a', 'd'], files)).toEqual(['c']);
    expect(brokenMessage(['c'], 'permalinks')).toMatch(/published event id\(s\) would no longer resolve:\n {2}- c\n.*aliases\.json/s);
  });

  it('sets aside, with a message naming it, an alias that is not from one event id to another, and keeps the rest', () => {
    const text = JSON.stringify({ 'old-id': 'd', '2019/renamed': 'd', '../../index': 'd', 'x-y': 'Pas/un-id', 'n': 3 });
    const { aliases, problems } = parseAliases(text, 'permalinks/aliases.json');
    expect(aliases).toEqual({ 'old-id': 'd' });
    expect(problems.map((p) => p.file)).toEqual(Array(4).fill('permalinks/aliases.json'));
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^alias "2019\/renamed" -> "d" set aside: the old id is not an event id/),
      expect.stringMatching(/^alias "..\/..\/index" -> "d" set aside: the old id/),
      expect.stringMatching(/^alias "x-y" -> "Pas\/un-id" set aside: the new id/),
      expect.stringMatching(/^alias "n" -> 3 set aside: the new id/),
    ]);
    expect(parseAliases('{ "a": ', 'aliases.json').problems[0]!.reason).toMatch(/^not valid JSON .*: no alias used$/);
    expect(parseAliases('["a"]').problems[0]!.reason).toMatch(/expected an object/);
  });

  it('follows only aliases the file has, not what every object inherits', () => {
    expect(resolveAlias('constructor', new Set(['a']), {})).toBeNull();
    expect(aliasPages(['a'], { aliases: parseAliases('{"constructor": "a", "__proto__": "a"}').aliases })).toEqual([['constructor', 'a']]); // __proto__ is no event id: set aside
  });

  it('builds an alias page for each old id that leads to a current event', () => {
    expect(aliasPages(['a', 'd'], files)).toEqual([['b', 'd'], ['b2', 'd']]);
  });

  it('the committed list matches the seeds', async () => {
    const published = readPermalinkFiles('permalinks').published;
    const { extractFolder } = await import('../helpers.ts');
    expect(brokenPermalinks(extractFolder('seeds').events.map((e) => e.id), { published, aliases: {} })).toEqual([]);
  });
});

describe('the site build', { timeout: 120_000 }, () => {
  it('fails with a clear message when an article is removed and its events lose their ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    // An article about something else only: every event of the seeds is gone with its articles.
    cpSync('tests/fixtures/bad-input/bon.md', join(dir, 'bon.md'));
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
        encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: dir, PERMALINKS_DIR: 'permalinks' },
      });
      expect(r.status).not.toBe(0);
      const output = r.stdout + r.stderr;
      expect(output).toContain('Permalink check failed');
      expect(output).toContain('- 2025-09-19-expulsion-france-mali');
      expect(output).toContain('aliases.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('published ids keep their events', () => {
  const conakry = '---\npublished: 2024-03-06\n---\nLe 5 mars 2024, la police a arrêté trois opposants à Conakry.\n';
  const other = '---\npublished: 2024-03-07\n---\nLe 5 mars 2024, les gendarmes ont interpellé un journaliste à Conakry, a indiqué son syndicat.\n';

  it('an article added under a name that sorts first, then files renamed: the published id still shows its event', () => {
    const first = mkdtempSync(join(tmpdir(), 'ids-'));
    writeFileSync(join(first, 'm-conakry.md'), conakry);
    const before = extractDir(first);
    expect(before.events.map((e) => e.id)).toEqual(['2024-03-05-arrest-guinee']);
    const files = { published: ['2024-03-05-arrest-guinee'], aliases: {}, identities: new Map() };
    const published = publishedFile(before.events, files, '2024-03-08');
    const identities = new Map(Object.entries(published).map(([id, v]) => [id, typeof v === 'string' ? null : v]));

    writeFileSync(join(first, 'a-journaliste.md'), other);
    const after = extractDir(first, identities);
    const kept = after.events.find((e) => e.id === '2024-03-05-arrest-guinee')!;
    expect(kept.citations.map((c) => c.source)).toEqual(['m-conakry']);
    expect(after.events.map((e) => e.id).sort()).toEqual(['2024-03-05-arrest-guinee', '2024-03-05-arrest-guinee-2']);

    const renamed = mkdtempSync(join(tmpdir(), 'ids-'));
    writeFileSync(join(renamed, 'z-conakry.md'), conakry);
    writeFileSync(join(renamed, 'b-journaliste.md'), other);
    const again = extractDir(renamed, identities);
    expect(again.events.find((e) => e.id === '2024-03-05-arrest-guinee')!.citations.map((c) => c.source)).toEqual(['z-conakry']);
    // Without the published record, the order of new events follows their words, not their files.
    expect(extractDir(renamed).events.map((e) => e.citations[0]!.quote)).toEqual(after.events.map((e) => e.citations[0]!.quote));
  });

  it('records each published id with its event\'s identity and the day it was first published', () => {
    const files = readPermalinkFiles('permalinks');
    for (const id of files.published) expect(files.identities.get(id), id).toMatchObject({ type: expect.any(String), quotes: expect.any(Array), since: expect.any(String) });
  });
});
