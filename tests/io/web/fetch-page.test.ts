/** fetchPage against the local news site: what it accepts, follows, refuses, and how it introduces itself. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchError, httpUrl, USER_AGENT } from '../../../src/io/web/fetch-page.ts';
import { PATHS, startNewsServer, type NewsServer } from './news-server.ts';

let site: NewsServer;
beforeAll(async () => { site = await startNewsServer(); });
afterAll(() => site.close());

const refusal = async (path: string, options = {}) => {
  const error = await fetchPage(`${site.base}${path}`, options).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return (error as FetchError).message;
};

describe('fetchPage', { timeout: 20_000 }, () => {
  it('fetches an HTML page and names the tool in its User-Agent', async () => {
    const page = await fetchPage(`${site.base}${PATHS.english}`);
    expect(page.url).toBe(`${site.base}${PATHS.english}`);
    expect(page.redirects).toEqual([]);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(Buffer.from(page.bytes).toString('utf8')).toContain('Soldiers seize power');
    expect(site.requests.at(-1)!.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^chronologie-add\/\d/);
  });

  it('follows a redirect and says where it ended', async () => {
    const page = await fetchPage(`${site.base}${PATHS.arrestMoved}`);
    expect(page.url).toBe(`${site.base}${PATHS.arrest}`);
    expect(page.redirects).toEqual([`${site.base}${PATHS.arrestMoved}`]);
  });

  it('stops after a limited number of redirects', async () => {
    expect(await refusal(PATHS.loop, { maxRedirects: 3 })).toMatch(/more than 3 redirects/);
  });

  it('refuses a redirect out of http(s)', async () => {
    expect(await refusal(PATHS.ftp)).toMatch(/only http\(s\) addresses are fetched, not ftp:/);
  });

  it('refuses a PDF without reading it', async () => {
    expect(await refusal(PATHS.pdf)).toMatch(/not an HTML page \(application\/pdf\): refused/);
  });

  it('reports the status of a missing page', async () => {
    expect(await refusal(PATHS.missing)).toMatch(/the server answered 404/);
  });

  it('stops reading a page past the size limit', async () => {
    expect(await refusal(PATHS.huge)).toMatch(/page larger than 5\.0 MB: not read/);
    expect(await refusal(PATHS.huge, { maxBytes: 100_000 })).toMatch(/page larger than 100 kB: not read/);
  });

  it('refuses a page whose announced length is past the limit before reading it', async () => {
    expect(await refusal(PATHS.english, { maxBytes: 1_000 })).toMatch(/^page larger than 1 kB \(\d kB\): not read$/);
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    expect(await refusal(PATHS.silent, { timeoutMs: 300 })).toMatch(/no complete answer within 0\.3 s/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = await startNewsServer();
    await closed.close();
    const error = await fetchPage(closed.base).then(() => null, (e: unknown) => e);
    expect((error as FetchError).message).toMatch(/could not be fetched: ECONNREFUSED/);
  });
});

describe('httpUrl', () => {
  it('keeps http(s) addresses without fragment or tracking parameters', () => {
    expect(httpUrl('https://ex.example/a?id=3&utm_source=x&fbclid=y#top').href).toBe('https://ex.example/a?id=3');
    expect(httpUrl('/b', 'http://ex.example/a/').href).toBe('http://ex.example/b');
  });

  it('says why other addresses are refused', () => {
    expect(() => httpUrl('file:///etc/passwd')).toThrow(/only http\(s\) addresses are fetched, not file:/);
    expect(() => httpUrl('javascript:alert(1)')).toThrow(/only http\(s\)/);
    expect(() => httpUrl('pas une adresse')).toThrow(/not a web address/);
  });
});
