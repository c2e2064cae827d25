/** addArticles: politeness between requests, pages with no article, saved pages. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticles, type AddReport } from '../../../src/io/web/add-articles.ts';
import { PATHS, startNewsServer, type NewsServer } from './news-server.ts';

let site: NewsServer;
beforeAll(async () => { site = await startNewsServer(); });
afterAll(() => site.close());
const fresh = () => join(mkdtempSync(join(tmpdir(), 'add-articles-')), 'out');

describe('addArticles', { timeout: 30_000 }, () => {
  it('waits between two requests to the same site', async () => {
    const heard: AddReport[] = [];
    const started = site.requests.length;
    await addArticles([`${site.base}${PATHS.english}`, `${site.base}${PATHS.missing}`], { dir: fresh(), pauseMs: 400 }, (r) => heard.push(r));
    const [a, b] = site.requests.slice(started);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(390);
    expect(heard.map((r) => r.status)).toEqual(['added', 'failed']);
  });

  it('fetches an address given twice in one run once', async () => {
    const before = site.requests.length;
    const reports = await addArticles([`${site.base}${PATHS.english}`, `${site.base}${PATHS.english}#fin`], { dir: fresh(), pauseMs: 0 }, () => {});
    expect(reports.map((r) => r.status)).toEqual(['added', 'unchanged']);
    expect(reports[1]!.reason).toBe(`already in ${reports[0]!.file}: nothing updated`);
    expect(site.requests.length - before).toBe(1);
  });

  it('writes nothing for a page without an article, and says so', async () => {
    const dir = fresh();
    const [r] = await addArticles([`${site.base}${PATHS.consentWall}`], { dir, pauseMs: 0 }, () => {});
    expect(r).toMatchObject({ status: 'failed' });
    expect(r!.reason).toMatch(/^only \d+ characters of article text: an empty page, a paywall or not an article; not written$/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('reads a saved page, naming the file from its canonical address, and fetches nothing', async () => {
    const dir = fresh();
    const before = site.requests.length;
    const [r] = await addArticles(['tests/fixtures/web/coup-english.html'], { dir, pauseMs: 0 }, () => {});
    expect(r).toMatchObject({ status: 'added' });
    expect(r!.file).toMatch(/\/soldiers-seize-power-[0-9a-f]{8}\.txt$/);
    expect(readFileSync(r!.file!, 'utf8')).toMatch(/^---\nurl: https:\/\/world-desk\.example\/news\/africa\/soldiers-seize-power\n/);
    expect(site.requests.length).toBe(before);
  });

  it('names a saved page without an address after its file, with no url', async () => {
    const dir = fresh();
    const [r] = await addArticles(['tests/fixtures/web/sans-date.html'], { dir, pauseMs: 0 }, () => {});
    expect(r!.file).toMatch(/\/sans-date-[0-9a-f]{8}\.txt$/);
    expect(r!.missing).toContain('no address in the page (no canonical link): add `url:`');
    const text = readFileSync(r!.file!, 'utf8');
    expect(text).toMatch(/^---\ntitle: "Mali : un journaliste interpellé à Bamako"\n---\nUn journaliste/);
    const [again] = await addArticles(['tests/fixtures/web/sans-date.html'], { dir, pauseMs: 0 }, () => {});
    expect(again).toMatchObject({ status: 'unchanged', file: r!.file });
  });
});
