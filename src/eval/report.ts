/** The quality report as text: totals first, then (verbose) every hit, miss and false positive. */
import type { Score } from './score.ts';

const f = (x: number) => x.toFixed(3);

export function report(s: Score, verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) {
    for (const { gold, event } of s.hits) {
      const key = gold.key ?? `${gold.type} ${gold.best}`;
      lines.push(event
        ? `HIT  ${key} <- ${event.id} ${event.date.start}/${event.date.precision} cites=${[...new Set(event.citations.map((c) => c.source))].join(',')}`
        : `MISS ${key} (${gold.type}, ${gold.best}, in ${gold.mentioned_in.join(',')})`);
    }
    for (const e of s.falsePositives) lines.push(`FP   ${e.id} ${e.date.start}/${e.date.precision} ${e.title} <- ${e.citations.map((c) => c.source).join(',')}`);
    for (const q of s.notVerbatim) lines.push(`NOT VERBATIM ${q}`);
  }
  lines.push(
    `events: gold=${s.gold} predicted=${s.predicted} tp=${s.truePositives} fp=${s.falsePositives.length} P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)}`,
    `dates exact=${s.exactDates}/${s.gold} (${f(s.gold ? s.exactDates / s.gold : 0)}) country=${s.countries}/${s.truePositives}`,
    `citations recall=${s.citationsFound}/${s.citationsWanted} (${f(s.citationsWanted ? s.citationsFound / s.citationsWanted : 0)}) extra=${s.citationsExtra} conflicts flagged=${s.conflictsFlagged}/${s.conflictsWanted}`,
    `quotes verbatim=${s.verbatim}/${s.quotes} offsets exact=${s.exactOffsets}/${s.quotes}`,
  );
  return `${lines.join('\n')}\n`;
}
