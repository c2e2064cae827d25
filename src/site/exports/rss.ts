/**
 * rss.xml's items: one per event, dated when the event was first published on this site
 * (`since` in permalinks/published.json), else when the first article reporting it
 * appeared; never the event's own date, so that an old event added today reads as new.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { EventRecord, SourceRecord } from '../../extract/schema.ts';
import { absolute, paths } from '../urls.ts';
import { eventDate, sourceName } from '../view.ts';
import { typeLabels } from '../strings.fr.ts';
import { stripControl } from './cells.ts';

/** The day an event reached readers: first published here, else its first article's day, else unknown. */
export function publicationDay(e: EventRecord, sources: Map<string, SourceRecord>, since: Map<string, string>): string | null {
  const first = e.citations.map((c) => sources.get(c.source)?.published).filter((d): d is string => Boolean(d)).sort()[0];
  return since.get(e.id) ?? first ?? null;
}

/** The feed's items, newest publication first. */
export function rssItems(events: EventRecord[], sources: Map<string, SourceRecord>, since: Map<string, string>, site: URL | undefined): RSSFeedItem[] {
  return events.map((e) => ({ e, day: publicationDay(e, sources, since) }))
    .sort((a, b) => (b.day ?? '').localeCompare(a.day ?? '') || b.e.date.start.localeCompare(a.e.date.start) || a.e.id.localeCompare(b.e.id))
    .map(({ e, day }) => ({
      title: stripControl(e.title),
      link: absolute(paths.event(e.id), site),
      pubDate: day ? new Date(`${day}T00:00:00Z`) : undefined,
      categories: [typeLabels[e.type]],
      description: stripControl(`${typeLabels[e.type]}, ${eventDate(e)}. ${e.citations.map((c) => `« ${c.quote} » (${sourceName(sources.get(c.source), c.source)})`).join(' ')}`),
    }));
}
