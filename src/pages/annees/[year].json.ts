/** /annees/<year>.json: who and the citations of one year's events, loaded when the story card shows one of them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/collections.ts';
import { byYear, yearDetails } from '../../site/view.ts';
import type { EventRecord } from '../../extract/schema.ts';

export const getStaticPaths: GetStaticPaths = async () => byYear((await loadSite()).events).map(([year, events]) => ({ params: { year }, props: { events } }));

export const GET: APIRoute = async ({ props }) => new Response(JSON.stringify(yearDetails(props.events as EventRecord[], (await loadSite()).sources)), {
  headers: { 'content-type': 'application/json; charset=utf-8' },
});
