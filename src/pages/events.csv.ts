/** /events.csv: one event per row. */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { eventsCsv } from '../site/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadSite();
  return new Response(eventsCsv(events, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
