/** /frise.json: the chart's data, one compact file every page with the timeline loads (see timeline-data.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/collections.ts';
import { chartColumns } from '../site/view.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(chartColumns((await loadSite()).events)), {
  headers: { 'content-type': 'application/json; charset=utf-8' },
});
