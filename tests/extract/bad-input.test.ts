/**
 * Bad input (tests/fixtures/bad-input, plus a 5 MB article made here): each file gets a
 * message naming it and the reason, and every other article still gives its events.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFolder, warningLines } from '../../src/io/extract-folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
cpSync('tests/fixtures/bad-input', dir, { recursive: true });
// A 5 MB article: the seeds' text over and over, after a real report.
const seeds = readFileSync('seeds/002_9898b08f002cbda8.txt', 'utf8');
writeFileSync(join(dir, 'tres-long.txt'), `---\npublished: 2025-01-20\n---\nLe 19 janvier 2025, deux opposants ont été arrêtés à Niamey.\n\n${seeds.repeat(Math.ceil(5_000_000 / seeds.length))}`);
// Made here: what git cannot hold or what would be too big to keep.
writeFileSync(join(dir, 'mot-geant.md'), `---\npublished: 2025-04-12\n---\nLe 11 avril 2025, la police a arrêté ${'x'.repeat(5_000_000)} à Lomé.\n`);
execFileSync('mkfifo', [join(dir, 'tube.md')]);
writeFileSync(join(tmpdir(), 'hors-du-dossier.md'), '---\npublished: 2025-04-14\n---\nLe 13 avril 2025, la police a arrêté un secret à Lomé.\n');
symlinkSync(join(tmpdir(), 'hors-du-dossier.md'), join(dir, 'lien-dehors.md'));
mkdirSync(join(dir, 'sous-dossier'));
writeFileSync(join(dir, 'sous-dossier', 'cache.md'), '---\npublished: 2025-04-14\n---\nLe 13 avril 2025, la police a arrêté un passant à Lomé.\n');
// The same accented name in its two Unicode forms.
writeFileSync(join(dir, 'r\u00e9sum\u00e9.md'), '---\npublished: 2025-04-16\n---\nLe 15 avril 2025, la police a arrêté un élu à Dakar.\n');
writeFileSync(join(dir, 're\u0301sume\u0301.md'), '---\npublished: 2025-04-16\n---\nLe 15 avril 2025, la police a arrêté deux élus à Dakar.\n');
const contract = extractFolder(dir);
const lines = warningLines(contract).map((l) => l.replace(/^.*?bad-input-[^/]+\//, ''));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eventsFrom = (id: string) => contract.events.filter((e) => e.citations.some((c) => c.source === id)).map((e) => e.id);

describe('bad input', () => {
  it.each([
    ['vide.txt', 'empty file'],
    ['espaces.txt', 'only white space'],
    ['binaire.txt', 'binary file, not text: skipped'],
    ['latin1.txt', 'not valid UTF-8: decoded as Windows-1252 (Latin-1)'],
    ['utf16.txt', 'encoded in UTF-16 (little endian): decoded as such'],
    ['page-html.txt', 'looks like HTML, not plain text: markup ignored'],
    ['front-matter-cassee.md', 'front matter is not valid YAML'],
    ['url-javascript.md', 'front matter url is not an http(s) address: ignored'],
    ['date-impossible.md', 'front matter published date "2025-02-31" is not a valid YYYY-MM-DD date: ignored'],
    ['date-impossible.md', 'impossible date "Le 31 février 2025" ignored'],
    ['langue-inconnue.md', 'language "xx" has no rules: read with "fr" rules'],
    ['doublon.md', 'same text as'],
    ['sans-evenement.md', 'no event found in this article'],
    ['tres-long.txt', /large file \(5\.\d MB\): read in full/],
    ['langue-constructor.md', 'language "constructor" has no rules: read with "fr" rules'],
    ['langue-proto.md', 'language "__proto__" has no rules: read with "fr" rules'],
    ['date-lointaine.md', 'front matter published date "9999-12-31" has an implausible year: ignored'],
    ['date-0025.md', 'front matter published date "0025-04-06" has an implausible year: ignored'],
    ['date-0025.md', '1 report of an event found but not placed in time: no publication date and no date with a year in the text'],
    ['titre-liste.md', 'front matter title is not text (a list): ignored'],
    ['titre-liste.md', 'front matter outlet is not text (a list): ignored'],
    ['aa-copie-pauvre.md', /^aa-copie-pauvre\.md: same text as .*zz-original\.md: counted once, as zz-original \(its front matter says more\)$/],
    ['tube.md', 'not a regular file (a pipe, a device or a socket): skipped'],
    ['lien-dehors.md', 'a link to a file outside the folder: skipped'],
    ['sous-dossier', 'a folder: its files are not read (only the folder given is)'],
  ])('%s: "%s"', (file, reason) => {
    expect(lines.some((l) => (typeof reason === 'string' ? l.startsWith(`${file}: ${reason}`) : l.startsWith(`${file}: `) && reason.test(l)))).toBe(true);
  });

  it('still reads every other article, whatever its neighbours', () => {
    expect(eventsFrom('bon')).toEqual(['2024-05-02-arrest-senegal']);
    expect(eventsFrom('latin1')).toEqual(['2024-06-10-expulsion-niger']);
    expect(eventsFrom('utf16')).toEqual(['2024-07-01-coup-guinee']);
    expect(eventsFrom('crlf')).toEqual(['2024-08-05-arrest-togo']);
    expect(eventsFrom('page-html')).toEqual(['2024-09-04-expulsion-mali']);
    expect(eventsFrom('front-matter-cassee')).toEqual(['2024-09-09-arrest-gabon']);
    expect(eventsFrom('url-javascript')).toEqual(['2024-10-01-arrest-guinee']);
    expect(eventsFrom('date-impossible')).toEqual(['2025-03-03-arrest-senegal']);
    expect(eventsFrom('langue-inconnue')).toEqual(['2024-11-04-arrest-burkina-faso']);
    expect(eventsFrom('nom avec espaces é')).toEqual(['2024-12-02-expulsion-tchad-soudan']);
    expect(eventsFrom('tres-long')).toContain('2025-01-19-arrest-niger');
    expect(eventsFrom('langue-constructor')).toEqual(['2025-04-01-arrest-togo']);
    expect(eventsFrom('langue-proto')).toEqual(['2025-04-02-arrest-benin']);
    expect(eventsFrom('titre-liste')).toEqual(['2025-04-07-arrest-niger']);
    expect(eventsFrom('mot-geant')).toEqual([expect.stringMatching(/^2025-04-11-arrest/)]);
  });

  it('reads one spelling of an accented name, and says the other is the same name', () => {
    expect(lines.some((l) => /same file name as .*\.md \(the same letters in another Unicode form\): skipped$/.test(l))).toBe(true);
    expect(contract.sources.filter((s) => s.id === 'r\u00e9sum\u00e9')).toHaveLength(1);
  });

  it('never counts zero people or more than a number holds', () => {
    const counts = contract.events.filter((e) => e.citations.some((c) => c.source === 'compte-absurde')).map((e) => e.count);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n === null || (n >= 1 && Number.isSafeInteger(n)))).toBe(true);
  });

  it('keeps the copy whose front matter says more, and quotes none of a file outside the folder', () => {
    expect(contract.sources.find((s) => s.id === 'zz-original')).toMatchObject({ outlet: 'Le Quotidien', url: 'https://exemple.org/2025/04/10/expulsion' });
    expect(contract.sources.map((s) => s.id)).not.toContain('aa-copie-pauvre');
    expect(JSON.stringify(contract)).not.toMatch(/un secret|un passant/);
  });

  it('counts a duplicate once, and lists files that are not sources under problems', () => {
    expect(contract.sources.map((s) => s.id)).not.toContain('doublon');
    expect(contract.problems.map((p) => p.file.split('/').at(-1)!.normalize('NFC')).sort()).toEqual(
      ['aa-copie-pauvre.md', 'binaire.txt', 'doublon.md', 'espaces.txt', 'lien-dehors.md', 'résumé.md', 'sous-dossier', 'tube.md', 'vide.txt']);
    expect(contract.generatedFrom).toBe(contract.sources.length + 2); // the two duplicates were read, then dropped
  });

  it('ignores markup, scripts and captions of an HTML article, and quotes it verbatim', () => {
    const e = contract.events.find((x) => x.id === '2024-09-04-expulsion-mali')!;
    const text = readFileSync(join(dir, 'page-html.txt'), 'utf8');
    expect(text.slice(e.citations[0]!.start, e.citations[0]!.end)).toBe(e.citations[0]!.quote);
    expect(contract.events.some((x) => x.date.start.startsWith('2019'))).toBe(false);
  });

  it('keeps exact offsets with CRLF line endings and in decoded UTF-16', () => {
    for (const id of ['crlf', 'utf16']) {
      const c = contract.events.flatMap((e) => e.citations).find((x) => x.source === id)!;
      expect(c.quote).toMatch(/^Le /);
      expect(c.quote).not.toMatch(/\r/);
    }
  });
});
