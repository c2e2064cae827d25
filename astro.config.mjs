// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://chronologie.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
