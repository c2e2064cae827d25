/** /robots.txt: everything may be indexed but the embeds; where the sitemap is. */
import type { APIRoute } from 'astro';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => new Response(
  `User-agent: *\nDisallow: /embed/\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`,
  { headers: { 'content-type': 'text/plain; charset=utf-8' } },
);
