/**
 * /events.ics: one all-day entry per event dated to the day, with its sources. A route with a
 * parameter only so that the incremental build can key it: a rebuild whose events and sources
 * are those of the last build copies the file (writing it takes seconds at 10,000 articles).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../site/collections.ts';
import { cacheKey } from '../site/cache-key.ts';
import { eventsIcs } from '../site/exports/ics.ts';

export const getStaticPaths: GetStaticPaths = async () => [{ params: { name: 'events' }, cacheKey: cacheKey('ics', (await loadSite()).corpusDigest()) }];

export const GET: APIRoute = async ({ site }) => {
  const { events, sources } = await loadSite();
  return new Response(eventsIcs(events, sources, site), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
