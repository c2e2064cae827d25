/** /rss.xml: an item per event, dated when it was first published here (see src/site/exports/rss.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { publishedSince } from '../site/corpus.ts';
import { rssItems } from '../site/exports/rss.ts';
import { t } from '../site/strings.fr.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, sources } = await loadSite();
  return rss({
    title: t.siteTitle,
    description: t.siteTagline,
    site: absolute('/', site),
    customData: '<language>fr</language>',
    items: rssItems(events, sources, publishedSince(), site),
  });
};
