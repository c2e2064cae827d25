/**
 * Permalinks are forever: every id once published must still resolve, to its event or
 * through an alias to the event it became. The build fails, saying which and how to fix
 * it, when one would disappear.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface PermalinkFiles {
  /** Ids once published (permalinks/published.json). */
  published: string[];
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
export function brokenPermalinks(currentIds: string[], files: PermalinkFiles): string[] {
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

/** Reads the committed permalink files; absent files mean nothing was published yet. */
export function readPermalinkFiles(dir: string): PermalinkFiles {
  const read = <T>(name: string, fallback: T): T => (existsSync(`${dir}/${name}`) ? JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T : fallback);
  return { published: read<string[]>('published.json', []), aliases: read<Record<string, string>>('aliases.json', {}) };
}

/** Alias pages to build: old id -> current id. */
export function aliasPages(currentIds: string[], files: PermalinkFiles): [string, string][] {
  const current = new Set(currentIds);
  return Object.keys(files.aliases).filter((id) => !current.has(id)).sort()
    .map((id) => [id, resolveAlias(id, current, files.aliases)] as [string, string | null])
    .filter((pair): pair is [string, string] => pair[1] !== null);
}
