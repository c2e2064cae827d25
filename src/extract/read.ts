/**
 * Reading an article: front matter or a header date line, then the body.
 * Offsets everywhere refer to `text` exactly as decoded here.
 */
import { parse as parseYaml } from 'yaml';
import type { Article, ArticleMeta } from './types.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADER_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function emptyMeta(): ArticleMeta {
  return { title: null, outlet: null, url: null, published: null, lang: null };
}

/** A front-matter value as a trimmed string, or null. */
function str(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  return null;
}

/** An http(s) URL in its normalised form (quotes and angle brackets percent-encoded), or null. */
function safeUrl(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Years a news article's publication date may plausibly have; outside them it is a typo ("0024"). */
const PLAUSIBLE_YEARS = { from: 1800, to: 2200 };
const plausible = (iso: string) => Number(iso.slice(0, 4)) >= PLAUSIBLE_YEARS.from && Number(iso.slice(0, 4)) <= PLAUSIBLE_YEARS.to;

/** A text field of the front matter: a string, or a warning that it is not one. */
function textField(d: Record<string, unknown>, key: string, warnings: string[]): string | null {
  const value = d[key];
  if (value === undefined || value === null) return null;
  const s = str(value);
  if (s === null) warnings.push(`front matter ${key} is not text (${Array.isArray(value) ? 'a list' : typeof value}): ignored`);
  return s;
}

/** Decodes a file's bytes, saying so when they are not valid UTF-8. */
export function decode(bytes: Uint8Array, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    warnings.push('encoded in UTF-16 (little endian): decoded as such');
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    warnings.push('encoded in UTF-16 (big endian): decoded as such');
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: most such French text is Windows-1252 (a superset of Latin-1), where every byte is a character.
    warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1)');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Parses an article's text into metadata and body offsets. */
export function readArticle(id: string, file: string, text: string, warnings: string[] = []): Article {
  const meta = emptyMeta();
  let bodyStart = 0;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    bodyStart = fm[0].length;
    try {
      const data: unknown = parseYaml(fm[1]!);
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        const d = data as Record<string, unknown>;
        meta.title = textField(d, 'title', warnings);
        meta.outlet = textField(d, 'outlet', warnings);
        meta.lang = textField(d, 'lang', warnings);
        const url = textField(d, 'url', warnings);
        const parsed = url ? safeUrl(url) : null;
        if (parsed) meta.url = parsed;
        else if (url) warnings.push(`front matter url is not an http(s) address: ignored`);
        const published = str(d.published ?? d.date);
        if (published && validDate(published) && plausible(published)) meta.published = published;
        else if (published && validDate(published)) warnings.push(`front matter published date "${published}" has an implausible year: ignored`);
        else if (published) warnings.push(`front matter published date "${published}" is not a valid YYYY-MM-DD date: ignored`);
      } else {
        warnings.push('front matter is not a list of key: value pairs: ignored');
      }
    } catch (error) {
      warnings.push(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): ignored`);
    }
  } else {
    const header = HEADER_DATE.exec(text);
    if (header && validDate(header[1]!) && plausible(header[1]!)) {
      meta.published = header[1]!;
      bodyStart = header[0].length;
    }
  }
  return { id, file, text, bodyStart, meta, warnings };
}
