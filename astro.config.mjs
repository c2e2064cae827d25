// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventTypes } from './src/event-types.ts';
import { TYPE_STYLES_ID, typeStylesheet } from './src/site/type-styles.ts';

/**
 * The event types' stylesheet, written from their registry and bundled like any other CSS.
 * @type {import('vite').Plugin}
 */
const typeStyles = {
  name: 'event-type-styles',
  resolveId: (id) => (id === TYPE_STYLES_ID ? `\0${TYPE_STYLES_ID}` : undefined),
  load: (id) => (id === `\0${TYPE_STYLES_ID}` ? typeStylesheet(eventTypes) : undefined),
};

/**
 * Tells src/site/corpus.ts that this process is one `astro build` (or `astro sync`): its
 * content loader and its pages, two bundles of that module, may share the loaded corpus. A
 * dev server reloads modules after an edit and must extract again: it shares nothing.
 * @type {import('astro').AstroIntegration}
 */
const oneCorpusPerBuild = {
  name: 'one-corpus-per-build',
  hooks: {
    'astro:config:setup': ({ command }) => {
      Reflect.set(globalThis, Symbol.for('chronologie.one-corpus-per-process'), command === 'build' || command === 'sync');
    },
  },
};

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
 * took a rebuild longer than rendering what changed). What a build no longer makes goes after
 * it: the pages the last build listed in the incremental build's manifest and this one does
 * not (an event or a source that is gone), and older files of `_astro/`. Without a manifest
 * from the last build, every file the build neither wrote nor kept goes.
 * @type {import('astro').AstroIntegration}
 */
const pruneStale = (() => {
  let started = 0;
  /** @type {URL | undefined} */
  let cacheDir;
  /** @type {Set<string> | null} */
  let before = null;
  /** The pages a manifest lists (decoded paths under the output folder), or null without one. */
  const listed = () => {
    try {
      const manifest = JSON.parse(readFileSync(new URL('incremental-build.json', cacheDir), 'utf8'));
      return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => decodeURI(path.outputFile))));
    } catch {
      return null;
    }
  };
  /** The files under a folder that this build did not write and that `keep` does not list. */
  const unwritten = (root, folder, keep) => readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
    .filter((file) => statSync(file).mtimeMs < started && !keep.has(file.slice(root.length).split(sep).join('/').replace(/^\//, '')));
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => { cacheDir = config.cacheDir; },
      'astro:build:start': () => { started = Date.now(); before = listed(); },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const now = listed() ?? new Set();
        const gone = before
          ? [...before].filter((file) => !now.has(file)).map((file) => join(root, file)).filter((file) => existsSync(file) && statSync(file).mtimeMs < started).concat(existsSync(join(root, '_astro')) ? unwritten(root, '_astro', now) : [])
          : unwritten(root, '.', now);
        for (const file of gone) {
          rmSync(file, { force: true });
          // Then its folders, while they are empty.
          for (let folder = dirname(file); folder.length > root.length && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
        }
      },
    },
  };
})();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://chronologie.example.org',
  output: 'static',
  trailingSlash: 'always',
  // Several pages at once: each page waits on the disk (its folder, its file, its copy in the
  // incremental cache), and one at a time left the main thread idle for a third of the build.
  build: { format: 'directory', concurrency: 8 },
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
  integrations: [oneCorpusPerBuild, findNoindex, sitemap({ filter: (page) => !page.includes('/embed/') && !noindex.has(decodeURI(new URL(page).pathname)) }), pruneStale],
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false }, plugins: [typeStyles] },
  // A rebuild copies the pages whose data and code did not change (their `cacheKey`, src/site/cache-key.ts)
  // from the last build: touching one article renders its pages again, not the site's.
  experimental: { incrementalBuild: true },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
