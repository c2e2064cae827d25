/** /recherche.json: what the search box and the source filter match, loaded only when one of them is used. */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { searchColumns } from '../site/view.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchColumns((await loadSite()).events)), {
  headers: { 'content-type': 'application/json; charset=utf-8' },
});
