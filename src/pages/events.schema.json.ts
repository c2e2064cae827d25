/** /events.schema.json: the JSON Schema of /events.json, generated from the Zod contract. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { contractSchema } from '../extract/schema.ts';

export const GET: APIRoute = () => {
  const schema = { $id: new URL('/events.schema.json', import.meta.env.SITE).href, title: 'Chronologie events', ...z.toJSONSchema(contractSchema) };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
