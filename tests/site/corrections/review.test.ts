import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { reviewList, reviewReasons } from '../../../src/site/corrections/review.ts';
import { parseCorrections } from '../../../src/site/corrections/file.ts';
import type { EventRecord, SourceRecord } from '../../../src/extract/schema.ts';

function event(id: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    id, type: 'arrest', title: `Titre « ${id} »`,
    date: { start: '2024-03-05', end: '2024-03-05', precision: 'day', derivation: 'stated' },
    country: 'GN', place: null, agent: null, patient: null, count: null,
    citations: [{ source: 'a', quote: 'q', start: 0, end: 1, dateText: null }, { source: 'b', quote: 'q', start: 0, end: 1, dateText: null }], conflicts: [], ...over,
  };
}
const source = (id: string, warnings: string[] = []): SourceRecord => ({ id, file: `${id}.md`, title: null, outlet: null, url: null, published: null, publishedDerivation: null, publishedEvidence: [], lang: 'fr', warnings });

describe('reviewList', () => {
  const conflict = event('c', { conflicts: [{ field: 'date', values: [{ value: '2024-03-05', sources: ['a'] }, { value: '2024-03-06', sources: ['b'] }] }] });
  const lone = event('l', { citations: [{ source: 'a', quote: 'q', start: 0, end: 1, dateText: null }] });
  const inferred = event('i', { date: { start: '2024-03-01', end: '2024-03-31', precision: 'month', derivation: 'from-context' } });
  const fine = event('f');
  const corrected = event('x', { conflicts: conflict.conflicts, corrections: [{ field: 'title', from: 'a', to: 'b', note: 'n', correctedOn: null }] });
  const contract = { events: [fine, lone, inferred, conflict, corrected], sources: [source('a'), source('u', ['2 reports of an event found but not placed in time: no publication date'])] };

  it('gives each event its reasons', () => {
    expect(reviewReasons(conflict)).toEqual(['date-conflict']);
    expect(reviewReasons(lone)).toEqual(['one-source']);
    expect(reviewReasons(inferred)).toEqual(['inferred-date']);
    expect(reviewReasons(fine)).toEqual([]);
  });

  it('puts the most worth checking first and leaves out what the editors corrected', () => {
    expect(reviewList(contract).map((i) => i.event ?? i.source)).toEqual(['c', 'u', 'i', 'l']);
  });

  it('gives stubs that are YAML an editor completes: the current values, which the build refuses unchanged', () => {
    const [c, u, i, l] = reviewList(contract, '2026-11-26');
    expect(c!.stub).toContain('# les sources disent : 2024-03-05 (1 article), 2024-03-06 (1 article)');
    expect(parseYaml(i!.stub)).toEqual([{ event: 'i', set: { date: '2024-03', precision: 'month' }, note: expect.stringMatching(/^À écrire/), date: '2026-11-26' }]);
    expect(parseYaml(l!.stub)).toEqual([expect.objectContaining({ event: 'l', set: { title: 'Titre « l »' } })]);
    expect(parseCorrections(l!.stub)).toHaveLength(1);
    expect(u!.stub).toMatch(/- add:\n {4}type: arrest/);
    expect(u!.stub).toContain('source: "u"');
    // The undated article's stub cannot be pasted as it is: its date is a placeholder.
    expect(() => parseCorrections(u!.stub)).toThrow(/add\.date/);
    expect(reviewList(contract)[0]!.stub).toContain('# date: AAAA-MM-JJ');
  });

  it('leaves out an article an added event already cites', () => {
    const added = event('n', { origin: 'added', citations: [{ source: 'u', quote: 'q', start: 0, end: 1, dateText: null }] });
    expect(reviewList({ ...contract, events: [...contract.events, added] }).map((i) => i.event ?? i.source)).not.toContain('u');
  });
});
