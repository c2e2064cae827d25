/** /og/<id>.png: each event's 1200×630 preview card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/collections.ts';
import { renderCard } from '../../site/og-image.ts';
import { countryName, eventDate } from '../../site/view.ts';
import { t, typeLabels } from '../../site/strings.fr.ts';
import type { EventRecord } from '../../extract/schema.ts';
import { eventType } from '../../extract/types.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await loadSite();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
};

export const GET: APIRoute = async ({ props }) => {
  const event = props.event as EventRecord;
  const png = await renderCard({
    typeLabel: typeLabels[event.type],
    colour: eventType(event.type).colour.light,
    date: eventDate(event),
    title: event.title,
    place: [event.place, countryName(event.country)].filter(Boolean).join(', ') || null,
    sources: t.sourcesCount(event.citations.length),
    site: t.siteTitle,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
