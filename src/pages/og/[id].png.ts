/** /og/<id>.png: each event's 1200×630 preview card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/collections.ts';
import { cacheKey } from '../../site/cache-key.ts';
import { prepareCards, renderCard, type CardData } from '../../site/og-image.ts';
import { countryName, eventDate } from '../../site/view.ts';
import { t, typeLabels } from '../../site/strings.fr.ts';
import type { EventRecord } from '../../extract/schema.ts';
import { eventType } from '../../extract/types.ts';

const cardOf = (event: EventRecord): CardData => ({
  typeLabel: typeLabels[event.type],
  colour: eventType(event.type).colour.light,
  date: eventDate(event),
  title: event.title,
  place: [event.place, countryName(event.country)].filter(Boolean).join(', ') || null,
  sources: t.sourcesCount(event.citations.length),
  site: t.siteTitle,
});

export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await loadSite();
  const cards = events.map(cardOf);
  // Every card not drawn before starts now, on every core; each page then takes its own.
  prepareCards(cards);
  return events.map((event, i) => ({ params: { id: event.id }, props: { card: cards[i] }, cacheKey: cacheKey(cards[i]) }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard(props.card as CardData);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
