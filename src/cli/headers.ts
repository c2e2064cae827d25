/**
 * The `_headers` file as the two hosts it is written for read it, so the test server and
 * the tests see what a deployed site sends.
 *
 * Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/): a
 * request inherits the headers of every rule whose URL pattern matches it; when several
 * matching rules set the same header, the values are joined with a comma (their example
 * gives `X-Robots-Tag: nosnippet, noindex`); a `! Name` line detaches a header set by an
 * earlier matching rule. `*` (a splat) matches anything, `:name` (a placeholder) one segment.
 *
 * Netlify (https://docs.netlify.com/manage/routing/headers/): the same file syntax, without
 * detaching (`!` is not part of it); the headers of every matching rule apply, and when two
 * rules set one header for a path the later one replaces the earlier (netlify/build's
 * headers-parser, `mergeHeaders`; the Netlify CLI's `headersForPath` merges the matching
 * rules' values in file order).
 *
 * So the file is written so that the two agree: no two rules that match one path set the
 * same header, and nothing is detached (tests/cli/headers.test.ts checks every built file).
 */

export interface HeaderRule {
  /** The URL pattern as written. */
  path: string;
  pattern: RegExp;
  /** Header names lower-cased, in file order. */
  set: [string, string][];
  /** Headers detached with `! Name` (Cloudflare only). */
  detach: string[];
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A URL pattern as a regular expression: `*` matches anything, `:name` one path segment. */
function patternOf(path: string): RegExp {
  const source = path.split(/(\*|:[A-Za-z]\w*)/).map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : escape(part))).join('');
  return new RegExp(`^${source}$`);
}

/** Parses a `_headers` file: a URL pattern, then indented `Name: value` or `! Name` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: l, pattern: patternOf(l), set: [], detach: [] });
    } else if (rules.length) {
      if (l.startsWith('!')) rules.at(-1)!.detach.push(l.slice(1).trim().toLowerCase());
      else {
        const i = l.indexOf(':');
        if (i > 0) rules.at(-1)!.set.push([l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

/** The rules that apply to a request path, in file order. */
export const matching = (path: string, rules: HeaderRule[]) => rules.filter((r) => r.pattern.test(path));

/** The headers Cloudflare Pages sends for a path: every matching rule; a header set twice joins its values with a comma; `!` detaches. */
export function cloudflareHeaders(path: string, rules: HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matching(path, rules)) {
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** The headers Netlify sends for a path: every matching rule, a later one replacing a header an earlier one set. It has no `!`. */
export function netlifyHeaders(path: string, rules: HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matching(path, rules)) {
    if (rule.detach.length) throw new Error(`${rule.path}: "! ${rule.detach[0]}" is Cloudflare syntax; Netlify does not detach headers`);
    for (const [name, value] of rule.set) out[name] = value;
  }
  return out;
}
