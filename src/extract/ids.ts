/**
 * Permalinks are forever: an id once published keeps the event it was published for. Each
 * published id carries that event's identity (type, date, place, and a fingerprint of every
 * quote); on each run it goes to the current event that matches it best, however files were
 * named or added since. Other events take their slug, or the next free suffix, in an order
 * that depends on their content, never on file names.
 */
import type { EventRecord } from './schema.ts';

/** What a published id was published for. */
export interface PublishedIdentity {
  type: EventRecord['type'];
  /** The event's start date when published. */
  date: string;
  country: string | null;
  place: string | null;
  /** The sources it cited. */
  sources: string[];
  /** A fingerprint of each quote (survives renaming the files). */
  quotes: string[];
  /** The day the id was first published (for feeds). */
  since?: string;
}

/** Published ids: with the identity they were published for, or null for an id recorded before identities were. */
export type PublishedIds = Map<string, PublishedIdentity | null>;

/** A short, stable fingerprint of a quote (FNV-1a over its words). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The identity of an event as it is now. */
export function identityOf(e: EventRecord): PublishedIdentity {
  return {
    type: e.type, date: e.date.start, country: e.country, place: e.place,
    sources: [...new Set(e.citations.map((c) => c.source))].sort(),
    quotes: [...new Set(e.citations.map((c) => fingerprint(c.quote)))].sort(),
  };
}

/** How well an event matches a published identity; 0 when it cannot be the same event. */
function match(p: PublishedIdentity, e: EventRecord): number {
  if (p.type !== e.type) return 0;
  const now = identityOf(e);
  const quotes = now.quotes.filter((q) => p.quotes.includes(q)).length;
  const sources = now.sources.filter((s) => p.sources.includes(s)).length;
  if (quotes === 0 && sources === 0) return 0; // nothing the articles say in common
  return 4 * quotes + 2 * sources + (p.date === e.date.start ? 2 : 0) + (p.place && p.place === e.place ? 1 : 0) + (p.country === e.country ? 1 : 0);
}

/** An event's slug: events come here with their slug as id, before any suffix. */
const slugOf = (e: EventRecord) => e.id;

/** What orders events that share a slug: their words, not their files. */
const contentKey = (e: EventRecord) => `${e.date.start}\u0000${e.citations.map((c) => c.quote).sort().join('\u0000')}`;

/**
 * The final id of every event (events given with their slug as `id`): published ids go to
 * the events they were published for; the others take their slug or its next free suffix.
 */
export function assignIds(events: EventRecord[], published: PublishedIds): Map<EventRecord, string> {
  const final = new Map<EventRecord, string>();
  const taken = new Set<string>(published.keys());
  // Published ids with an identity: best matches first.
  const pairs: { id: string; event: EventRecord; score: number }[] = [];
  for (const [id, identity] of published) {
    if (!identity) continue;
    for (const event of events) {
      const score = match(identity, event);
      if (score > 0) pairs.push({ id, event, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : contentKey(a.event) < contentKey(b.event) ? -1 : 1));
  const claimed = new Set<string>();
  for (const { id, event } of pairs) {
    if (claimed.has(id) || final.has(event)) continue;
    claimed.add(id);
    final.set(event, id);
  }
  // Ids recorded without an identity keep going to the event whose slug they are.
  for (const [id, identity] of published) {
    if (identity || claimed.has(id)) continue;
    const event = events.find((e) => !final.has(e) && slugOf(e) === id);
    if (event) { claimed.add(id); final.set(event, id); }
  }
  // The rest: the slug, else the next suffix no event and no published id has.
  const rest = events.filter((e) => !final.has(e)).sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : contentKey(a) < contentKey(b) ? -1 : 1));
  for (const id of final.values()) taken.add(id);
  for (const event of rest) {
    const slug = slugOf(event);
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    final.set(event, id);
  }
  return final;
}
