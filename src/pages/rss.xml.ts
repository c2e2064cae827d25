/** /rss.xml: an item per event, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { eventDate, sourceName } from '../site/view.ts';
import { t, typeLabels } from '../site/strings.fr.ts';
import { absolute, paths } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, sources } = await loadSite();
  return rss({
    title: t.siteTitle,
    description: t.siteTagline,
    site: absolute('/', site),
    customData: '<language>fr</language>',
    items: [...events].reverse().map((e) => ({
      title: e.title,
      link: absolute(paths.event(e.id), site),
      pubDate: new Date(`${e.date.start}T00:00:00Z`),
      categories: [typeLabels[e.type]],
      description: `${typeLabels[e.type]}, ${eventDate(e)}. ${e.citations.map((c) => `« ${c.quote} » (${sourceName(sources.get(c.source), c.source)})`).join(' ')}`,
    })),
  });
};
