/**
 * Bad input (tests/fixtures/bad-input, plus a 5 MB article made here): each file gets a
 * message naming it and the reason, and every other article still gives its events.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFolder, warningLines } from '../../src/io/extract-folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
cpSync('tests/fixtures/bad-input', dir, { recursive: true });
// A 5 MB article: the seeds' text over and over, after a real report.
const seeds = readFileSync('seeds/002_9898b08f002cbda8.txt', 'utf8');
writeFileSync(join(dir, 'tres-long.txt'), `---\npublished: 2025-01-20\n---\nLe 19 janvier 2025, deux opposants ont été arrêtés à Niamey.\n\n${seeds.repeat(Math.ceil(5_000_000 / seeds.length))}`);
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
  });

  it('counts a duplicate once, and lists files that are not sources under problems', () => {
    expect(contract.sources.map((s) => s.id)).not.toContain('doublon');
    expect(contract.problems.map((p) => p.file.split('/').at(-1))).toEqual(['binaire.txt', 'doublon.md', 'espaces.txt', 'vide.txt']);
    expect(contract.generatedFrom).toBe(contract.sources.length + 1);
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
