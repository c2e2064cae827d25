/**
 * The events most worth an editor's check, first: what one article alone reports, dates the
 * sources disagree on, dates inferred rather than written, and reports no date placed. Each
 * comes with a correction to paste into corrections.yaml and complete (its values as they are
 * now: a `set` that changes nothing fails the build, so an unedited stub cannot slip through).
 */
import type { Contract, EventRecord, SourceRecord } from '../../extract/schema.ts';
import { dateKey } from './apply.ts';

export type ReviewReason = 'one-source' | 'date-conflict' | 'inferred-date' | 'undated-mention';

export interface ReviewItem {
  /** The event's id, or null for an article whose reports were not placed in time. */
  event: string | null;
  /** The article, for an undated mention. */
  source: string | null;
  title: string;
  reasons: ReviewReason[];
  /** A YAML entry for corrections.yaml. */
  stub: string;
}

/** How much each reason weighs in the order: a dispute first, a lone source last. */
const WEIGHT: Record<ReviewReason, number> = { 'date-conflict': 4, 'undated-mention': 3, 'inferred-date': 2, 'one-source': 1 };
const UNPLACED = /reports? of an event found but not placed in time/;

/** Why an event is worth checking (none: it is not). */
export function reviewReasons(e: EventRecord): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (e.conflicts.length > 0) reasons.push('date-conflict');
  if (e.date.derivation === 'from-context' || e.date.derivation === 'inferred-from-corpus') reasons.push('inferred-date');
  if (new Set(e.citations.map((c) => c.source)).size === 1) reasons.push('one-source');
  return reasons;
}

const q = (s: string) => JSON.stringify(s);
const dayLine = (today: string | null) => (today ? `  date: ${today}` : '  # date: AAAA-MM-JJ (le jour de la correction)');

/** The stub for an event: its date and title as they are now, to edit (or `reject: true`). */
export function eventStub(e: EventRecord, reasons: ReviewReason[], today: string | null): string {
  const set = reasons.some((r) => r === 'date-conflict' || r === 'inferred-date')
    ? `{ date: ${dateKey(e.date.start, e.date.precision)}, precision: ${e.date.precision} }`
    : `{ title: ${q(e.title)} }`;
  const said = e.conflicts.flatMap((c) => c.values.map((v) => `${v.value} (${v.sources.length} article${v.sources.length > 1 ? 's' : ''})`));
  return [
    `- event: ${e.id}`,
    ...(said.length > 0 ? [`  # les sources disent : ${said.join(', ')}`] : []),
    `  set: ${set}   # ou, s'il n'a pas eu lieu : reject: true`,
    `  note: "À écrire : ce que la rédaction a vérifié, et auprès de qui."`,
    dayLine(today),
  ].join('\n');
}

/** The stub for an article's undated reports: an event to add, with one of its sentences. */
export function addStub(s: SourceRecord, today: string | null): string {
  return [
    '- add:',
    '    type: arrest   # coup | arrest | expulsion',
    '    title: "À écrire"',
    '    date: AAAA-MM-JJ   # ou AAAA-MM, ou AAAA',
    '    country: XX   # code ISO du pays',
    `    citations: [{ source: ${q(s.id)}, quote: "La phrase de l'article, mot pour mot." }]`,
    `  note: "Oublié par l'extraction : à écrire."`,
    dayLine(today),
  ].join('\n');
}

/**
 * Every event worth checking, most worth it first, then the articles with undated reports.
 * Events the editors already corrected or added, and articles an added event cites, are left out.
 */
export function reviewList(contract: Pick<Contract, 'events' | 'sources'>, today: string | null = null): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const e of contract.events) {
    if (e.corrections) continue;
    const reasons = reviewReasons(e);
    if (reasons.length > 0) items.push({ event: e.id, source: null, title: e.title, reasons, stub: eventStub(e, reasons, today) });
  }
  const handled = new Set(contract.events.filter((e) => e.origin === 'added').flatMap((e) => e.citations.map((c) => c.source)));
  for (const s of contract.sources) {
    if (handled.has(s.id) || !s.warnings.some((w) => UNPLACED.test(w))) continue;
    items.push({ event: null, source: s.id, title: s.title ?? s.id, reasons: ['undated-mention'], stub: addStub(s, today) });
  }
  const score = (i: ReviewItem) => i.reasons.reduce((n, r) => n + WEIGHT[r], 0);
  return items.sort((a, b) => score(b) - score(a) || ((a.event ?? a.source!) < (b.event ?? b.source!) ? -1 : 1));
}
