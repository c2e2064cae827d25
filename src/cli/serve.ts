/**
 * `node src/cli/serve.ts [dir] [port]`: a minimal static server for the built site, used by
 * the browser tests so they do not depend on (or collide with) a running `astro preview`.
 * It applies the site's `_headers` file as Cloudflare Pages does (src/cli/headers.ts: every
 * matching rule, values of one header joined), so the tests see what that host sends.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { cloudflareHeaders, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
};

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);

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
      res.writeHead(404, { ...cloudflareHeaders(url.pathname, rules), 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    res.writeHead(200, { ...cloudflareHeaders(url.pathname, rules), 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
    res.end(await readFile(found));
  }).listen(port, '127.0.0.1', () => process.stdout.write(`serving ${root} on http://127.0.0.1:${port}/\n`));
}
