/**
 * Permalinks are forever: every id once published must still resolve, to its event or
 * through an alias to the event it became. The build fails, saying which and how to fix
 * it, when one would disappear.
 */
import { existsSync, readFileSync } from 'node:fs';
import { identityOf, type PublishedIdentity, type PublishedIds } from '../extract/ids.ts';
import type { EventRecord } from '../extract/schema.ts';

export interface PermalinkFiles {
  /** Ids once published (permalinks/published.json). */
  published: string[];
  /** What each was published for, when recorded (older files list ids only). */
  identities: PublishedIds;
  /** Old id -> the id it became (permalinks/aliases.json). */
  aliases: Record<string, string>;
}

/** Follows aliases to a current id, or null when the chain leads nowhere (or loops). */
export function resolveAlias(id: string, current: Set<string>, aliases: Record<string, string>): string | null {
  const seen = new Set<string>();
  let at = id;
  while (!current.has(at)) {
    if (seen.has(at) || !(at in aliases)) return null;
    seen.add(at);
    at = aliases[at]!;
  }
  return at;
}

/** The published ids that no longer resolve. */
export function brokenPermalinks(currentIds: string[], files: Pick<PermalinkFiles, 'published' | 'aliases'>): string[] {
  const current = new Set(currentIds);
  return files.published.filter((id) => resolveAlias(id, current, files.aliases) === null).sort();
}

/** The message the build fails with. */
export function brokenMessage(broken: string[], dir: string): string {
  return [
    `Permalink check failed: ${broken.length} published event id(s) would no longer resolve:`,
    ...broken.map((id) => `  - ${id}`),
    `An id once published must keep working. Either restore the article(s) that reported it, or add`,
    `an alias to ${dir}/aliases.json mapping the old id to the event it became, e.g. { "${broken[0]}": "<new-id>" }.`,
  ].join('\n');
}

/**
 * Reads the committed permalink files; absent files mean nothing was published yet.
 * published.json maps each id to the identity of its event (an older file lists ids only).
 */
export function readPermalinkFiles(dir: string): PermalinkFiles {
  const read = <T>(name: string, fallback: T): T => (existsSync(`${dir}/${name}`) ? JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T : fallback);
  const raw = read<string[] | Record<string, PublishedIdentity>>('published.json', []);
  const identities: PublishedIds = Array.isArray(raw) ? new Map(raw.map((id) => [id, null])) : new Map(Object.entries(raw));
  const aliases = new Map(Object.entries(read<Record<string, string>>('aliases.json', {})));
  return { published: [...identities.keys()], identities, aliases: Object.fromEntries(aliases) };
}

/** published.json for the current events: every id ever published keeps its record; new ones get theirs, dated `today`. */
export function publishedFile(events: EventRecord[], files: PermalinkFiles, today: string): Record<string, PublishedIdentity | string> {
  const out: Record<string, PublishedIdentity | string> = {};
  const current = new Map(events.map((e) => [e.id, e]));
  for (const id of [...new Set([...files.published, ...current.keys()])].sort()) {
    const old = files.identities.get(id);
    const event = current.get(id);
    out[id] = old ?? (event ? { ...identityOf(event), since: today } : id);
  }
  return out;
}

/** Alias pages to build: old id -> current id. */
export function aliasPages(currentIds: string[], files: Pick<PermalinkFiles, 'aliases'>): [string, string][] {
  const current = new Set(currentIds);
  return Object.keys(files.aliases).filter((id) => !current.has(id)).sort()
    .map((id) => [id, resolveAlias(id, current, files.aliases)] as [string, string | null])
    .filter((pair): pair is [string, string] => pair[1] !== null);
}
