/** Every URL the site publishes, in one place, absolute when a site URL is known. */

const base = '/';

/**
 * Characters a source id keeps in its route segment: letters (any script, with their
 * accents), digits, `-`, `_`, spaces and inner dots. Everything else is escaped.
 */
const KEEP = /[\p{L}\p{M}\p{N}_ -]/u;
/** Beyond this many UTF-8 bytes a segment is cut and ends with a digest (a file name may be 255 bytes; escapes triple that). */
const MAX_SEGMENT_BYTES = 180;

const utf8 = new TextEncoder();
const hex = (bytes: Uint8Array) => [...bytes].map((b) => `~${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** 64 bits of a string's digest (two 32-bit FNV-1a passes), in hexadecimal: pure, so it runs in the browser too. */
function digest(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ text.length;
  for (const b of utf8.encode(text)) {
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/**
 * The route segment of a source id (an article's file name, untrusted): a `.` that would
 * start it (`.`, `..`, `...`, hidden files), `/`, `\`, `#`, `?`, `%`, `~`, control and format
 * characters and the like become `~XX`, their UTF-8 bytes in hexadecimal, so the segment is
 * one path segment, never a dot segment, and reads the same before and after a host decodes
 * it. The mapping is reversible (`sourceIdOf`), hence two ids never share a page; ordinary
 * names (`burkina-2022`, `nom avec espaces é`) are unchanged. A segment too long for a
 * file system is cut and ends with `~~` and a digest of the id (`~~` occurs nowhere else).
 */
export function sourceSegment(id: string): string {
  let out = '';
  for (const ch of id.normalize('NFC')) {
    out += KEEP.test(ch) || (ch === '.' && out !== '') ? ch : hex(utf8.encode(ch));
  }
  if (out === '') return '~';
  if (utf8.encode(out).length <= MAX_SEGMENT_BYTES) return out;
  let cut = '';
  for (const ch of out) {
    if (utf8.encode(cut + ch).length > MAX_SEGMENT_BYTES - 18) break;
    cut += ch;
  }
  return `${cut.replace(/~[0-9A-F]?$/, '')}~~${digest(id.normalize('NFC'))}`;
}

/** The source id a segment stands for (null for a cut segment, or one `sourceSegment` does not make). */
export function sourceIdOf(segment: string): string | null {
  if (segment === '~') return '';
  if (segment.includes('~~')) return null;
  try {
    const id = segment.replace(/(?:~[0-9A-F]{2})+/g, (run) => new TextDecoder('utf-8', { fatal: true })
      .decode(Uint8Array.from(run.slice(1).split('~'), (h) => parseInt(h, 16))));
    return sourceSegment(id) === segment ? id : null;
  } catch {
    return null;
  }
}

export const paths = {
  home: () => base,
  /** Event ids are slugs (`[a-z0-9-]`); encoded all the same, once. `root` is the site root ('' for a relative path). */
  event: (id: string, root = base) => `${root}evenements/${encodeURIComponent(id)}/`,
  /** Source ids are file names: escaped into one safe segment, then percent-encoded once (spaces, accents). */
  source: (id: string, root = base) => `${root}sources/${encodeURIComponent(sourceSegment(id))}/`,
  report: () => `${base}rapport/`,
  /** The events of one year, a page (the list without JavaScript) and the details the story card loads. */
  year: (year: string, root = base) => `${root}annees/${year}/`,
  yearData: (year: string, root = base) => `${root}annees/${year}.json`,
  /** The chart's data, and the search index loaded when a search or a source filter asks for it. */
  chartData: (root = base) => `${root}frise.json`,
  searchData: (root = base) => `${root}recherche.json`,
  embed: () => `${base}embed/`,
  embedEvent: (id: string) => `${base}embed/${id}/`,
  ogImage: (id: string) => `${base}og/${id}.png`,
  oembed: (id?: string) => `${base}oembed/${id ?? 'chronologie'}.json`,
  embedScript: () => `${base}embed.js`,
};

/** An absolute URL on the site. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
