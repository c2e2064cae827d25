/** /oembed/<id>.json (one event) and /oembed/chronologie.json (the timeline): oEmbed documents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/collections.ts';
import { cacheKey } from '../../site/cache-key.ts';
import { oembed } from '../../site/feeds.ts';
import { paths } from '../../site/urls.ts';
import { t } from '../../site/strings.fr.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await loadSite();
  return [
    { params: { id: 'chronologie' }, props: { title: t.embedTimelineTitle, embedPath: paths.embed(), height: 560 } },
    ...events.map((e) => ({ params: { id: e.id }, props: { title: e.title, embedPath: paths.embedEvent(e.id), height: 420 }, cacheKey: cacheKey(e.id, e.title) })),
  ];
};

export const GET: APIRoute = ({ props, site }) => new Response(
  `${JSON.stringify(oembed({ title: props.title as string, embedPath: props.embedPath as string, height: props.height as number, site }), null, 2)}\n`,
  { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } },
);
