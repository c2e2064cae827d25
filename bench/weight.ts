/** Gzipped JavaScript and CSS that a built page loads (its module scripts and their imports, its stylesheets). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WeightRow { page: string; js: number; css: number; largestJs: number; files: string[] }

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function pageWeight(dist: string, page: string): WeightRow {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const js = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const src = queue.pop()!;
    if (js.has(src)) continue;
    js.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return {
    page,
    js: [...js].reduce((s, f) => s + gz(join(dist, f)), 0),
    largestJs: Math.max(0, ...[...js].map((f) => gz(join(dist, f)))),
    css: css.reduce((s, f) => s + gz(join(dist, f)), 0),
    files: [...js, ...css],
  };
}
