import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/extract/merge.ts';
import { decideDate } from '../../src/extract/dates.ts';
import type { Mention } from '../../src/extract/types.ts';

let order = 0;
function mention(over: Partial<Mention> & { day?: string; month?: string }): Mention {
  const { day, month, ...rest } = over;
  const range = day ? { start: day, end: day, precision: 'day' as const }
    : month ? { start: `${month}-01`, end: `${month}-28`, precision: 'month' as const } : null;
  return {
    type: 'arrest', source: 's', sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1 },
    date: range ? { range, partial: null, derivation: 'stated', text: 'x' } : null,
    countries: [], countryStrength: 'weak', place: null, agent: null, agentCountry: null,
    patient: null, patientCountry: null, count: null, order: order++, ...rest,
  };
}

describe('mergeMentions', () => {
  it('merges close dates that share a participant and keeps different counts apart', () => {
    const clusters = mergeMentions([
      mention({ source: 'a', day: '2025-09-17', count: 5 }),
      mention({ source: 'b', day: '2025-09-18', count: 5 }),
      mention({ source: 'c', day: '2025-09-18', count: 2 }),
    ]);
    expect(clusters.map((c) => c.mentions.map((m) => m.source))).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps events in different countries apart', () => {
    const clusters = mergeMentions([
      mention({ source: 'a', day: '2025-09-17', countries: ['NE'], countryStrength: 'strong' }),
      mention({ source: 'b', day: '2025-09-17', countries: ['GA'], countryStrength: 'strong' }),
    ]);
    expect(clusters).toHaveLength(2);
  });

  it('lets an undated mention join the one event it describes, and drops an ambiguous one', () => {
    const clusters = mergeMentions([
      mention({ source: 'a', day: '2025-09-17', count: 5, patientCountry: 'FR' }),
      mention({ source: 'b', day: '2025-09-19', count: 2, patientCountry: 'ML' }),
      mention({ source: 'c', count: 5, patientCountry: 'FR' }),
      mention({ source: 'd' }),
      mention({ source: 'e', count: 5 }),
    ]);
    // A count alone is too common to tie a report to an event; a count and a nationality do.
    expect(clusters.map((c) => c.mentions.map((m) => m.source))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('decideDate', () => {
  it('keeps the day most sources give and lists the disagreement', () => {
    const d = decideDate([mention({ source: 'a', day: '2025-09-17' }), mention({ source: 'b', day: '2025-09-17' }), mention({ source: 'a', day: '2025-09-18' })]);
    expect([d?.start, d?.precision]).toEqual(['2025-09-17', 'day']);
    expect(d?.conflict?.map((v) => [v.value, v.sources])).toEqual([['2025-09-17', ['a', 'b']], ['2025-09-18', ['a']]]);
  });

  it('falls back to the month when two days tie', () => {
    const d = decideDate([mention({ source: 'a', day: '2025-08-14' }), mention({ source: 'b', day: '2025-08-15' }), mention({ source: 'c', month: '2025-08' })]);
    expect([d?.start, d?.end, d?.precision]).toEqual(['2025-08-01', '2025-08-31', 'month']);
  });
});
