/** Reads the content collections once, sorted as the timeline sorts them. */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import type { EventRecord, SourceRecord } from '../extract/schema.ts';
import { registerSources, sourceName } from './view.ts';

async function readSite() {
  const events = (await getCollection('events')).map((e) => e.data as EventRecord)
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
  const sourceList = (await getCollection('sources')).map((s) => s.data as SourceRecord).sort((a, b) => (a.id < b.id ? -1 : 1));
  registerSources(sourceList);
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  // Each source's events, in order: a source page then reads its own, not every event.
  const bySource = new Map<string, EventRecord[]>();
  for (const e of events) for (const id of new Set(e.citations.map((c) => c.source))) bySource.set(id, [...(bySource.get(id) ?? []), e]); // a few each
  const byId = new Map(events.map((e) => [e.id, e]));
  // The newest article read: the date pages give as the last update (never the build's clock).
  const latest = sourceList.map((s) => s.published).filter((d): d is string => Boolean(d)).sort().at(-1);
  let digest: string | undefined;
  /** A digest of every event and source: the key of what shows the whole corpus (computed when first asked). */
  // The names readers see too: an untitled article is named by its first line, read from its file.
  const corpusDigest = () => (digest ??= createHash('sha256').update(JSON.stringify(events)).update(JSON.stringify(sourceList))
    .update(JSON.stringify(sourceList.map((s) => sourceName(s, s.id)))).digest('base64url'));
  return { events, sources, sourceList, bySource, byId, latest, corpusDigest };
}

let site: ReturnType<typeof readSite> | null = null;

/** The site's data, read once per build (every page asks; in development, read again each time). */
export function loadSite() {
  if (!import.meta.env.PROD) return readSite();
  return (site ??= readSite());
}
