/** /events.csv: one event per row, UTF-8 with BOM (see src/site/exports/). */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { eventsCsv } from '../site/exports/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events, sources } = await loadSite();
  return new Response(eventsCsv(events, sources, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
