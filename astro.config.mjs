// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The pages that ask not to be indexed (`<meta name="robots" content="noindex">`: alias
 * pages of old permalinks, embeds), found in the built HTML before the sitemap is written,
 * so the sitemap lists none of them, whatever made them noindex.
 * @type {Set<string>}
 */
const noindex = new Set();
/** @type {import('astro').AstroIntegration} */
const findNoindex = {
  name: 'noindex-pages',
  hooks: {
    'astro:build:done': ({ dir, pages }) => {
      for (const { pathname } of pages) {
        const file = new URL(`${pathname.replace(/\/?$/, '/')}index.html`, dir);
        let html = '';
        try { html = readFileSync(fileURLToPath(file), 'utf8'); } catch { continue; }
        if (/<meta[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(html)) noindex.add(`/${pathname.replace(/^\/|\/$/g, '')}/`.replace(/^\/\/$/, '/'));
      }
    },
  },
};

/**
 * The output folder is not emptied before a build (removing then copying back 20,000 pages
 * took a rebuild longer than rendering what changed): after the build, every file it neither
 * wrote nor kept from the last one (the incremental build's manifest lists those) goes, so a
 * page whose event is gone does not stay.
 * @type {import('astro').AstroIntegration}
 */
const pruneStale = (() => {
  let started = 0;
  /** @type {URL | undefined} */
  let cacheDir;
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => { cacheDir = config.cacheDir; },
      'astro:build:start': () => { started = Date.now(); },
      'astro:build:done': ({ dir }) => {
        /** @type {Set<string>} */
        const kept = new Set();
        try {
          const manifest = JSON.parse(readFileSync(new URL('incremental-build.json', cacheDir), 'utf8'));
          for (const route of Object.values(manifest.routes)) for (const path of Object.values(route.paths)) kept.add(decodeURI(path.outputFile));
        } catch { /* no manifest: nothing was kept */ }
        const root = fileURLToPath(dir);
        const folders = [];
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          const file = join(entry.parentPath, entry.name);
          if (entry.isDirectory()) folders.push(file);
          if (!entry.isFile()) continue;
          const relative = file.slice(root.length).split(sep).join('/').replace(/^\//, '');
          if (statSync(file).mtimeMs < started && !kept.has(relative)) rmSync(file);
        }
        // Then the folders left empty, deepest first.
        for (const folder of folders.sort((a, b) => b.length - a.length)) if (readdirSync(folder).length === 0) rmdirSync(folder);
      },
    },
  };
})();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://chronologie.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // Every page carries a Content-Security-Policy: Astro hashes its own scripts and styles,
  // nothing else runs. Framing is set by headers (public/_headers), which a meta tag cannot do.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Embeds are for iframes and not indexed, nor are alias pages: every other page is in the sitemap.
  integrations: [findNoindex, sitemap({ filter: (page) => !page.includes('/embed/') && !noindex.has(decodeURI(new URL(page).pathname)) }), pruneStale],
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // A rebuild copies the pages whose data and code did not change (their `cacheKey`, src/site/cache-key.ts)
  // from the last build: touching one article renders its pages again, not the site's.
  experimental: { incrementalBuild: true },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
