/** /events.json: the event contract, as `npm run extract` writes it. */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';

export const GET: APIRoute = async () => {
  const { events, sourceList } = await loadSite();
  const body = { generatedFrom: sourceList.length, sources: sourceList, events };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
