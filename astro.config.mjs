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
  // Embeds are for iframes and not indexed; every other page is in the sitemap.
  integrations: [sitemap({ filter: (page) => !page.includes('/embed/') })],
  vite: { build: { assetsInlineLimit: 0 } },
});
