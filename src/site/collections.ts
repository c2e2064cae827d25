/** Reads the content collections once, sorted as the timeline sorts them. */
import { getCollection } from 'astro:content';
import type { EventRecord, SourceRecord } from '../extract/schema.ts';
import { registerSources } from './view.ts';

export async function loadSite() {
  const events = (await getCollection('events')).map((e) => e.data as EventRecord)
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
  const sourceList = (await getCollection('sources')).map((s) => s.data as SourceRecord).sort((a, b) => (a.id < b.id ? -1 : 1));
  registerSources(sourceList);
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  return { events, sources, sourceList };
}
