/** /events.json: the event contract, exactly as `npm run extract` writes it. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../site/corpus.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(loadCorpus().contract, null, 2)}\n`, {
  headers: { 'content-type': 'application/json; charset=utf-8' },
});
