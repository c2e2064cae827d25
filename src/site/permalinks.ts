/**
 * Permalinks are forever: every id once published must still resolve, to its event or
 * through an alias to the event it became. The build fails, saying which and how to fix
 * it, when one would disappear.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { identityOf, type PublishedIdentity, type PublishedIds } from '../extract/ids.ts';
import { eventSchema, type EventRecord } from '../extract/schema.ts';

export interface PermalinkFiles {
  /** Ids once published (permalinks/published.json). */
  published: string[];
  /** What each was published for, when recorded (older files list ids only). */
  identities: PublishedIds;
  /** Old id -> the id it became (permalinks/aliases.json), the entries that are valid. */
  aliases: Record<string, string>;
  /** What was wrong in the files and set aside: the file and the reason, naming the entry. */
  problems: PermalinkProblem[];
}

export interface PermalinkProblem { file: string; reason: string }

/** A problem as one line of the build log. */
export const problemLine = (p: PermalinkProblem) => `${p.file}: ${p.reason}`;

/** An alias is an old event id (a slug, as events have: one URL segment) and the id it became. */
const aliasEntry = z.tuple([eventSchema.shape.id, eventSchema.shape.id]);
const aliasFile = z.record(z.string(), z.unknown());

/**
 * The valid entries of aliases.json, and a message for each one set aside: a key with a
 * `/` (or anything but a-z, 0-9, -) would be a page outside /evenements/ and stops the build.
 */
export function parseAliases(text: string, file = 'aliases.json'): { aliases: Record<string, string>; problems: PermalinkProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { aliases: {}, problems: [{ file, reason: `not valid JSON (${(error as Error).message}): no alias used` }] };
  }
  const shape = aliasFile.safeParse(json);
  if (!shape.success) return { aliases: {}, problems: [{ file, reason: 'expected an object mapping old ids to new ids: no alias used' }] };
  const aliases = new Map<string, string>();
  const problems: PermalinkProblem[] = [];
  for (const entry of Object.entries(shape.data)) {
    const parsed = aliasEntry.safeParse(entry);
    if (parsed.success) aliases.set(...parsed.data);
    else {
      const which = parsed.error.issues[0]?.path[0] === 0 ? 'the old id' : 'the new id';
      problems.push({ file, reason: `alias ${JSON.stringify(entry[0])} -> ${JSON.stringify(entry[1])} set aside: ${which} is not an event id (lower-case letters, digits and hyphens only)` });
    }
  }
  return { aliases: Object.fromEntries(aliases), problems };
}

/** Follows aliases to a current id, or null when the chain leads nowhere (or loops). */
export function resolveAlias(id: string, current: Set<string>, aliases: Record<string, string>): string | null {
  const seen = new Set<string>();
  let at = id;
  while (!current.has(at)) {
    if (seen.has(at) || !Object.hasOwn(aliases, at)) return null;
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
  // An id recorded without an identity (a list entry, or an id whose event was already gone) matches by slug only.
  const identities: PublishedIds = Array.isArray(raw) ? new Map(raw.map((id) => [id, null]))
    : new Map(Object.entries(raw).map(([id, v]) => [id, v && typeof v === 'object' ? v : null]));
  const aliasPath = `${dir}/aliases.json`;
  const { aliases, problems } = existsSync(aliasPath) ? parseAliases(readFileSync(aliasPath, 'utf8'), aliasPath) : { aliases: {}, problems: [] };
  return { published: [...identities.keys()], identities, aliases, problems };
}

/** published.json for the current events: every id ever published keeps its record; new ones get theirs, dated `today`. */
export function publishedFile(events: EventRecord[], files: Pick<PermalinkFiles, 'published' | 'identities'>, today: string): Record<string, PublishedIdentity | string> {
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
