/**
 * Scores an event contract against gold events, the way `../shared/corpus/score.mjs` does:
 * a prediction matches a gold event of its type whose accepted interval its date overlaps
 * and (with `match: cite`) one of whose articles it cites; each gold event takes at most one
 * prediction, and predictions of optional events are neither rewarded nor penalised.
 */
import type { Contract, EventRecord } from '../extract/schema.ts';
import type { Gold, GoldEvent } from './gold.ts';

type Interval = [string, string];

/** A date's first and last day as comparable strings ("2024" covers 2024-01-01..2024-12-31). */
const lo = (x: string) => (x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x.slice(0, 10));
const hi = (x: string) => (x.length === 4 ? `${x}-12-31` : x.length === 7 ? `${x}-31` : x.slice(0, 10));
const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];
const accepted = (g: { date_ok: [string, string] }): Interval => [lo(g.date_ok[0]), hi(g.date_ok[1])];

export interface Hit { gold: GoldEvent; event: EventRecord | null }

export interface Score {
  gold: number;
  predicted: number;
  truePositives: number;
  falsePositives: EventRecord[];
  precision: number;
  recall: number;
  f1: number;
  exactDates: number;
  countries: number;
  citationsWanted: number;
  citationsFound: number;
  citationsExtra: number;
  conflictsWanted: number;
  conflictsFlagged: number;
  quotes: number;
  verbatim: number;
  exactOffsets: number;
  notVerbatim: string[];
  hits: Hit[];
}

/** The article key of a source: its file name without folder and extension, as the gold names articles. */
export function articleKey(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '');
}

const norm = (t: string) => t.normalize('NFC').replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim();
const PRECISION_OF_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** Scores `contract` against `gold`; `texts` maps article keys to their text as read, for the quote checks. */
export function score(contract: Contract, gold: Gold, texts: Map<string, string>): Score {
  const keyOf = new Map(contract.sources.map((s) => [s.id, articleKey(s.file)]));
  const preds = contract.events.map((e) => ({
    event: e,
    interval: [lo(e.date.start), hi(e.date.end)] as Interval,
    sources: new Set(e.citations.map((c) => keyOf.get(c.source) ?? c.source)),
  }));
  const used = new Set<number>();
  const hits: Hit[] = [];
  for (const g of gold.events) {
    const want = new Set(g.mentioned_in);
    let best: number | null = null, bestScore = -1;
    preds.forEach((p, i) => {
      if (used.has(i) || p.event.type !== g.type || !overlaps(p.interval, accepted(g))) return;
      const shared = [...p.sources].filter((s) => want.has(s)).length;
      if (gold.match === 'cite' && shared === 0) return;
      const s = shared * 10 + (p.event.country === g.country ? 1 : 0);
      if (s > bestScore) { best = i; bestScore = s; }
    });
    if (best !== null) used.add(best);
    hits.push({ gold: g, event: best === null ? null : preds[best]!.event });
  }
  let optionalAbsorbed = 0;
  for (const o of gold.optional) {
    preds.forEach((p, i) => {
      const cites = o.mentioned_in.some((s) => p.sources.has(s));
      if (!used.has(i) && p.event.type === o.type && overlaps(p.interval, accepted(o)) && (gold.match !== 'cite' || cites)) {
        used.add(i);
        optionalAbsorbed++;
      }
    });
  }
  const truePositives = hits.filter((h) => h.event).length;
  const counted = preds.length - optionalAbsorbed;
  const precision = counted ? truePositives / counted : 0;
  const recall = gold.events.length ? truePositives / gold.events.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  let citationsWanted = 0, citationsFound = 0, citationsExtra = 0, exactDates = 0, countries = 0, conflictsWanted = 0, conflictsFlagged = 0;
  for (const { gold: g, event } of hits) {
    citationsWanted += g.mentioned_in.length;
    if (g.conflict) conflictsWanted++;
    if (!event) continue;
    const want = new Set(g.mentioned_in);
    for (const c of new Set(event.citations.map((x) => keyOf.get(x.source) ?? x.source))) {
      if (want.has(c)) citationsFound++; else citationsExtra++;
    }
    if (event.date.start.startsWith(g.best) && PRECISION_OF_LENGTH[g.best.length] === event.date.precision) exactDates++;
    if (event.country === g.country) countries++;
    if (g.conflict && event.conflicts.length > 0) conflictsFlagged++;
  }

  let quotes = 0, verbatim = 0, exactOffsets = 0;
  const notVerbatim: string[] = [];
  for (const e of contract.events) {
    for (const c of e.citations) {
      quotes++;
      const text = texts.get(keyOf.get(c.source) ?? c.source);
      if (text !== undefined && norm(text).includes(norm(c.quote))) verbatim++;
      else notVerbatim.push(`${e.id}: ${c.quote.slice(0, 80)}`);
      if (text !== undefined && text.slice(c.start, c.end) === c.quote) exactOffsets++;
    }
  }
  return {
    gold: gold.events.length, predicted: preds.length, truePositives,
    falsePositives: preds.filter((_, i) => !used.has(i)).map((p) => p.event),
    precision, recall, f1, exactDates, countries, citationsWanted, citationsFound, citationsExtra,
    conflictsWanted, conflictsFlagged, quotes, verbatim, exactOffsets, notVerbatim, hits,
  };
}
