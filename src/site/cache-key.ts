/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are those of the last build is copied from it, not rendered again. A key is a
 * digest of everything the page shows that is not code: what its props and loadSite give it.
 */
import { createHash } from 'node:crypto';
import type { EventRecord, SourceRecord } from '../extract/schema.ts';
import { sourceLine, sourceName } from './view.ts';

/**
 * A page's key: what it shows, and the site's public address (absolute links, share and embed
 * snippets, the warning when it is missing), so that a build for another address renders again.
 */
export const cacheKey = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify([process.env.SITE_URL ?? null, ...parts])).digest('base64url');

/** What a page shows of the sources an event cites: their records and the names readers see. */
export const citedSources = (e: EventRecord, sources: Map<string, SourceRecord>) =>
  [...new Set(e.citations.map((c) => c.source))].map((id) => [sources.get(id) ?? null, sourceName(sources.get(id), id), sourceLine(sources.get(id))]);

/** What every embed shows of the whole corpus (its footer): how many articles, the newest date. */
export const corpusStamp = (sourceList: SourceRecord[]) => [sourceList.length, sourceList.map((s) => s.published ?? '').sort().at(-1)];
