// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
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
  integrations: [findNoindex, sitemap({ filter: (page) => !page.includes('/embed/') && !noindex.has(decodeURI(new URL(page).pathname)) })],
  vite: { build: { assetsInlineLimit: 0 } },
  // A rebuild copies the pages whose data and code did not change (their `cacheKey`, src/site/cache-key.ts)
  // from the last build: touching one article renders its pages again, not the site's.
  experimental: { incrementalBuild: true },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
