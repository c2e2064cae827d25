/** The seed corpus: exactly the five events it reports, each citing every article that does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFolder } from '../helpers.ts';
import { contractSchema } from '../../src/extract/schema.ts';

const contract = extractFolder('seeds');
const byId = new Map(contract.events.map((e) => [e.id, e]));
const S = { a: '000_bea7bc0deba77407', b: '001_803ca82409221e56', c: '002_9898b08f002cbda8', d: '003_c3229c702bd32232', e: '004_9ded4a8a4b85a6f0' };
const sourcesOf = (id: string) => byId.get(id)!.citations.map((c) => c.source).sort();

describe('extractCorpus on the seeds', () => {
  it('validates against the contract schema', () => {
    expect(() => contractSchema.parse(contract)).not.toThrow();
    expect(contract.generatedFrom).toBe(5);
  });

  it('finds exactly five events of the three types', () => {
    expect(contract.events.map((e) => [e.id, e.type])).toEqual([
      ['2020-coup-mali', 'coup'],
      ['2021-coup-mali', 'coup'],
      ['2025-08-arrest-mali-france', 'arrest'],
      ['2025-09-17-expulsion-mali-france', 'expulsion'],
      ['2025-09-19-expulsion-france-mali', 'expulsion'],
    ]);
  });

  it('dates each event with the precision its words give', () => {
    expect(contract.events.map((e) => [e.date.start, e.date.end, e.date.precision])).toEqual([
      ['2020-01-01', '2020-12-31', 'year'],
      ['2021-01-01', '2021-12-31', 'year'],
      ['2025-08-01', '2025-08-31', 'month'],
      ['2025-09-17', '2025-09-17', 'day'],
      ['2025-09-19', '2025-09-19', 'day'],
    ]);
  });

  it('places and names the participants', () => {
    const arrest = byId.get('2025-08-arrest-mali-france')!;
    expect([arrest.country, arrest.place, arrest.count]).toEqual(['ML', 'Bamako', 1]);
    expect(arrest.patient).toMatch(/français/);
    const five = byId.get('2025-09-17-expulsion-mali-france')!;
    expect([five.country, five.agent, five.count]).toEqual(['ML', 'Mali', 5]);
    const two = byId.get('2025-09-19-expulsion-france-mali')!;
    expect([two.country, two.agent, two.count, two.patient]).toEqual(['FR', 'France', 2, 'deux diplomates maliens']);
    expect(two.title).toBe('La France expulse deux diplomates maliens');
    expect(byId.get('2020-coup-mali')!.title).toBe('Coup d’État au Mali');
  });

  it('cites every article that reports each event, 22 citations in all', () => {
    expect(sourcesOf('2020-coup-mali')).toEqual([S.a, S.b, S.d, S.e]);
    expect(sourcesOf('2021-coup-mali')).toEqual([S.a, S.d, S.e]);
    for (const id of ['2025-08-arrest-mali-france', '2025-09-17-expulsion-mali-france', '2025-09-19-expulsion-france-mali']) {
      expect(sourcesOf(id)).toEqual([S.a, S.b, S.c, S.d, S.e]);
    }
    expect(contract.events.reduce((n, e) => n + e.citations.length, 0)).toBe(22);
  });

  it('quotes verbatim at exact offsets into the file as read', () => {
    for (const e of contract.events) {
      for (const c of e.citations) {
        const text = readFileSync(`seeds/${c.source}.txt`, 'utf8');
        expect(text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });

  it('lists the sources that disagree on a date, keeping the best-supported one', () => {
    expect(byId.get('2025-08-arrest-mali-france')!.conflicts).toEqual([{ field: 'date', values: [
      { value: '2025-08-14', sources: [S.c] }, { value: '2025-08-15', sources: [S.e] }] }]);
    expect(byId.get('2025-09-17-expulsion-mali-france')!.conflicts).toEqual([{ field: 'date', values: [
      { value: '2025-09-17', sources: [S.c, S.e] }, { value: '2025-09-18', sources: [S.c] }] }]);
    expect(byId.get('2025-09-19-expulsion-france-mali')!.conflicts).toEqual([]);
  });

  it('never quotes boilerplate or the photo caption', () => {
    const quotes = contract.events.flatMap((e) => e.citations.map((c) => c.quote)).join('\n');
    expect(quotes).not.toMatch(/Barkhane|cookies|Telegram|Lire aussi|Photo/);
  });

  it('reads the stated date and infers the others from the corpus, with evidence', () => {
    const pub = Object.fromEntries(contract.sources.map((s) => [s.id, [s.published, s.publishedDerivation]]));
    expect(pub[S.a]).toEqual(['2025-09-23', 'stated']);
    for (const id of [S.b, S.c, S.d, S.e]) expect(pub[id]).toEqual(['2025-09-19', 'inferred']);
    const d = contract.sources.find((s) => s.id === S.d)!;
    expect(d.publishedEvidence[0]).toMatchObject({ kind: 'corpus-event', date: '2025-09-19', source: S.c, event: '2025-09-19-expulsion-france-mali' });
  });

  it('resolves weekdays against the inferred publication date', () => {
    const five = byId.get('2025-09-17-expulsion-mali-france')!;
    expect(five.citations.find((c) => c.source === S.e)!.dateText).toBe('mercredi');
  });
});
