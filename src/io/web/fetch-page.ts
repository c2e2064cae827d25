/**
 * Fetching one web page politely and safely: http(s) only, a deadline, a size limit, a
 * User-Agent that names the tool, redirects followed up to a limit, HTML only.
 */
import pkg from '../../../package.json' with { type: 'json' };
import { webAddress } from './address.ts';

/** What the server sent: the bytes of an HTML page and where they finally came from. */
export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  /** Every address visited before `url`, in order. */
  redirects: string[];
  /** The Content-Type header, for the character set. */
  contentType: string;
  bytes: Uint8Array;
}

export interface FetchOptions {
  /** For the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** The largest body read, in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

/** A page that could not be fetched, with a message for the user. */
export class FetchError extends Error {}

export const USER_AGENT = `chronologie-add/${pkg.version} (article import for a news timeline; Node.js)`;
const DEFAULTS: Required<FetchOptions> = { timeoutMs: 20_000, maxBytes: 5_000_000, maxRedirects: 5, userAgent: USER_AGENT };
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Parses an http(s) address (see `webAddress`), or says why it is refused. */
export function httpUrl(address: string, base?: string): URL {
  const url = webAddress(address, base);
  if (url) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.trim());
  throw new FetchError(scheme && URL.canParse(address.trim()) ? `only http(s) addresses are fetched, not ${scheme[1]}:` : `not a web address: ${JSON.stringify(address)}`);
}

const megabytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} kB`);

/** Reads a body, stopping as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); reader && chunk && !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`page larger than ${megabytes(maxBytes)}: not read`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** Fetches an HTML page; throws a FetchError saying what went wrong. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects, userAgent } = { ...DEFAULTS, ...options };
  const signal = AbortSignal.timeout(timeoutMs);
  const redirects: string[] = [];
  let url = httpUrl(address);
  try {
    for (;;) {
      const response = await fetch(url, {
        redirect: 'manual', signal,
        headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'accept-language': 'fr,en;q=0.8' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        if (redirects.length >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects: stopped at ${url.href}`);
        redirects.push(url.href);
        url = httpUrl(location, url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      if (!HTML_TYPES.has(mediaType)) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError(`not an HTML page (${mediaType || 'no content type'}): refused; save its text as a .txt by hand`);
      }
      const length = Number(response.headers.get('content-length'));
      if (length > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError(`page larger than ${megabytes(maxBytes)} (${megabytes(length)}): not read`);
      }
      return { url: url.href, redirects, contentType, bytes: await readCapped(response, maxBytes) };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError(`no complete answer within ${timeoutMs / 1000} s: gave up`);
    const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
    throw new FetchError(`could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
}
