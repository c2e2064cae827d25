/**
 * `node src/cli/serve.ts [dir] [port]`: a minimal static server for the built site, used by
 * the browser tests so they do not depend on (or collide with) a running `astro preview`.
 * It applies the site's `_headers` file as the host would, so the tests check them too.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
};

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);

interface HeaderRule { pattern: RegExp; set: [string, string][]; unset: string[] }

/** Parses a `_headers` file: a path pattern, then indented `Name: value` or `! Name` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, set: [], unset: [] });
    } else if (rules.length) {
      const l = line.trim();
      if (l.startsWith('!')) rules.at(-1)!.unset.push(l.slice(1).trim().toLowerCase());
      else { const i = l.indexOf(':'); rules.at(-1)!.set.push([l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()]); }
    }
  }
  return rules;
}

/** The headers for a path: every matching rule in order, later ones overriding. */
export function headersFor(path: string, rules: HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.unset) delete out[name];
    for (const [name, value] of rule.set) out[name] = value;
  }
  return out;
}

async function file(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return path;
  } catch {
    return null;
  }
}

if (import.meta.main) {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    try { pathname = decodeURIComponent(pathname); } catch { /* keep it encoded */ }
    const target = normalize(join(root, pathname));
    const found = target.startsWith(root) ? await file(target) : null;
    if (!found) {
      const notFound = await file(join(root, '404.html'));
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    res.writeHead(200, { ...headersFor(url.pathname, rules), 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
    res.end(await readFile(found));
  }).listen(port, '127.0.0.1', () => process.stdout.write(`serving ${root} on http://127.0.0.1:${port}/\n`));
}
