// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

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
  // Embeds are for iframes and not indexed; every other page is in the sitemap.
  integrations: [sitemap({ filter: (page) => !page.includes('/embed/') })],
  vite: { build: { assetsInlineLimit: 0 } },
});
