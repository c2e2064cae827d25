/**
 * Adding articles to a corpus folder from web addresses or saved HTML files, one after the
 * other: each gives a report (added, already there, or failed and why); none stops the rest.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpus } from '../corpus.ts';
import { articleFileText, articleSlug, type ArticleFields } from './article-file.ts';
import { fetchPage, FetchError, httpUrl, type FetchOptions } from './fetch-page.ts';
import { readPage, type PageArticle } from './read-page.ts';

/** What happened to one address or file. */
export interface AddReport {
  input: string;
  status: 'added' | 'unchanged' | 'failed';
  /** The article file, written now or found already there. */
  file?: string;
  /** What was found, one short line each ("published 2025-09-23 (article:published_time)"). */
  found: string[];
  /** What the page did not give, with what to do about it. */
  missing: string[];
  /** Why nothing was written (status "failed" or "unchanged"). */
  reason?: string;
}

export interface AddOptions extends FetchOptions {
  /** The corpus folder written to. */
  dir: string;
  /** Milliseconds between an answer from a host and the next request to it. */
  pauseMs?: number;
  /** Called before each input is handled, for a progress line. */
  onStart?: (input: string, index: number, total: number) => void;
}

/** Below this many characters of text, a page is not taken as an article. */
export const MIN_TEXT = 250;
/** A page marked for subscribers with less text than this is taken as a teaser. */
export const MIN_SUBSCRIBER_TEXT = 1000;

const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:/i;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A failure with a message for the user. */
class Refusal extends Error {}

/** A page to add, and the addresses it came by (null for a saved file). */
interface Loaded {
  page: PageArticle;
  /** The address asked for, as kept (see `webAddress`). */
  requested: string | null;
  /** The address after redirects. */
  fetchedFrom: string | null;
  /** The article's address: canonical, else `fetchedFrom`. */
  address: string | null;
}

/** The addresses already in the folder, from each file's front matter `url`. */
function knownUrls(dir: string): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(dir)) return known;
  for (const article of readCorpus(dir).articles) if (article.meta.url) known.set(article.meta.url, shownPath(article.file));
  return known;
}

/** A path as the user would type it: relative to the working folder when under it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel).split(sep).join('/');
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The front matter of a page's article: what the page states, the outlet falling back to the host. */
function fields(page: PageArticle, url: string | null): ArticleFields {
  return { url, title: page.title, outlet: page.outlet ?? (url ? hostOf(url) : null), published: page.published?.date ?? null, lang: page.lang };
}

/** The lines of what a page gave and did not give; `fetchedFrom` is the address after redirects. */
function describe(page: PageArticle, meta: ArticleFields, fetchedFrom: string | null, text: number): Pick<AddReport, 'found' | 'missing'> {
  const found: string[] = [];
  const missing: string[] = [];
  if (meta.title) found.push(`title: ${meta.title}`);
  else missing.push('no title in the page: add `title:`');
  if (page.outlet) found.push(`outlet: ${page.outlet}`);
  else if (meta.outlet) found.push(`outlet: ${meta.outlet} (the host: the page names no site)`);
  else missing.push('no outlet in the page: add `outlet:`');
  if (page.published) found.push(`published: ${page.published.date} (from ${page.published.from})`);
  else missing.push('no publication date in the page: add `published:`');
  if (meta.lang) found.push(`lang: ${meta.lang}`);
  else missing.push('no language in the page (<html lang>): add `lang:`');
  if (meta.url) found.push(`url: ${meta.url}${page.canonical ? '' : ' (the page gives no canonical address)'}`);
  else missing.push('no address in the page (no canonical link): add `url:`');
  if (page.canonical && fetchedFrom && hostOf(page.canonical) !== hostOf(fetchedFrom)) {
    missing.push(`the canonical address is on another site (${hostOf(page.canonical)}) than the page fetched (${hostOf(fetchedFrom)}): check \`url:\``);
  }
  found.push(`text: ${page.paragraphs.length} paragraph${page.paragraphs.length === 1 ? '' : 's'}, ${text} characters`);
  return { found, missing };
}

/** Adds every input in order; `report` hears about each as soon as it is done. */
export async function addArticles(inputs: string[], options: AddOptions, report: (r: AddReport) => void): Promise<AddReport[]> {
  const { dir, pauseMs = 1000, onStart, ...fetchOptions } = options;
  const known = knownUrls(dir);
  const lastRequest = new Map<string, number>();
  const reports: AddReport[] = [];

  /** The page of an input, fetched (after the pause its host is owed) or read from disk; or the file that already has its address. */
  const load = async (input: string): Promise<Loaded | string> => {
    if (WEB_ADDRESS.test(input) && !existsSync(input)) {
      const requested = httpUrl(input).href;
      const already = known.get(requested);
      if (already) return already;
      const host = new URL(requested).host;
      const wait = (lastRequest.get(host) ?? -Infinity) + pauseMs - Date.now();
      if (wait > 0) await sleep(wait);
      // The pause counts from the end of the previous answer, however long it took.
      const fetched = await fetchPage(requested, fetchOptions).finally(() => lastRequest.set(host, Date.now()));
      const page = readPage(fetched.bytes, fetched.url, fetched.contentType);
      return { page, requested, fetchedFrom: fetched.url, address: page.canonical ?? fetched.url };
    }
    if (!existsSync(input) || !statSync(input).isFile()) throw new Refusal('neither a web address nor a file');
    const maxBytes = fetchOptions.maxBytes ?? 5_000_000;
    if (statSync(input).size > maxBytes) throw new Refusal(`file larger than ${maxBytes / 1e6} MB: not read`);
    const page = readPage(readFileSync(input), null);
    return { page, requested: null, fetchedFrom: null, address: page.canonical };
  };

  const addOne = async (input: string): Promise<AddReport> => {
    const loaded = await load(input);
    if (typeof loaded === 'string') return { input, status: 'unchanged', file: loaded, found: [], missing: [], reason: `already in ${loaded}: nothing updated` };
    const { page, requested, fetchedFrom, address } = loaded;
    const file = shownPath(join(dir, `${articleSlug(address ?? pathToFileURL(resolve(input)).href)}.txt`));
    const text = page.paragraphs.reduce((n, p) => n + p.length, 0);
    const meta = fields(page, address);
    const lines = describe(page, meta, fetchedFrom, text);
    const already = (address && known.get(address)) || (existsSync(file) ? file : null);
    if (already) return { input, status: 'unchanged', file: already, ...lines, reason: `already in ${already}: nothing updated` };
    if (text < MIN_TEXT || (page.subscribersOnly && text < MIN_SUBSCRIBER_TEXT)) {
      const why = page.subscribersOnly ? 'the page marks the article for subscribers (paywall)' : 'an empty page, a paywall or not an article';
      return { input, status: 'failed', ...lines, reason: `only ${text} characters of article text: ${why}; not written` };
    }
    if (page.subscribersOnly) lines.missing.push('the page marks the article for subscribers: check that the text is whole');
    mkdirSync(dir, { recursive: true });
    // 'wx': never overwrite, even a file that appeared since the check above.
    writeFileSync(file, articleFileText(meta, page.paragraphs), { flag: 'wx' });
    for (const key of [address, requested]) if (key) known.set(key, file);
    return { input, status: 'added', file, ...lines };
  };

  for (const [index, input] of inputs.entries()) {
    onStart?.(input, index, inputs.length);
    let result: AddReport;
    try {
      result = await addOne(input);
    } catch (error) {
      const expected = error instanceof FetchError || error instanceof Refusal;
      result = { input, status: 'failed', found: [], missing: [], reason: `${expected ? '' : 'unexpected error: '}${(error as Error).message}` };
    }
    reports.push(result);
    report(result);
  }
  return reports;
}
