/**
 * /events.xlsx: a workbook with a sheet of events and a sheet of citations. A route with a
 * parameter only so that the incremental build can key it (see [name].ics.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../site/collections.ts';
import { cacheKey } from '../site/cache-key.ts';
import { eventsXlsx } from '../site/exports/xlsx.ts';

export const getStaticPaths: GetStaticPaths = async () => [{ params: { name: 'events' }, cacheKey: cacheKey('xlsx', (await loadSite()).corpusDigest()) }];

export const GET: APIRoute = async ({ site }) => {
  const { events, sources, sourceList } = await loadSite();
  const newest = sourceList.map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1);
  const body = new Uint8Array(await eventsXlsx(events, sources, site, newest));
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
