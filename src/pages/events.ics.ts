/** /events.ics: one all-day entry per event dated to the day, with its sources. */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { eventsIcs } from '../site/exports/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, sources } = await loadSite();
  return new Response(eventsIcs(events, sources, site), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
