import { describe, expect, it } from 'vitest';
import { applyCorrections, eventDateOf, type ArticleText } from '../../../src/site/corrections/apply.ts';
import { parseCorrections } from '../../../src/site/corrections/file.ts';
import { contractSchema, type Contract, type EventRecord } from '../../../src/extract/schema.ts';

const TEXT = '---\ntitle: Une dépêche\n---\nTrois opposants ont été arrêtés à Conakry.\n\nLe préfet a confirmé.\n';
const texts: Record<string, ArticleText> = { a: { text: TEXT, bodyStart: TEXT.indexOf('Trois') } };

function event(id: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    id, type: 'arrest', title: `Titre ${id}`,
    date: { start: '2024-03-05', end: '2024-03-05', precision: 'day', derivation: 'stated' },
    country: 'GN', place: 'Conakry', agent: null, patient: null, count: null,
    citations: [{ source: 'a', quote: `Citation ${id}.`, start: 10 * Number(id.slice(2)), end: 10 * Number(id.slice(2)) + 5, dateText: null }], conflicts: [], ...over,
  };
}
const contract = (): Contract => contractSchema.parse({
  generatedFrom: 1,
  sources: [{ id: 'a', file: 'a.md', title: null, outlet: null, url: null, published: '2024-03-06', publishedDerivation: 'stated', publishedEvidence: [], lang: 'fr', warnings: [] }],
  events: [event('e-1'), event('e-2', { date: { start: '2024-03-07', end: '2024-03-07', precision: 'day', derivation: 'from-context' } }), event('e-3')],
});
const apply = (yaml: string, c = contract(), aliases?: Record<string, string>) => applyCorrections(c, parseCorrections(yaml, 'c.yaml'), { file: 'c.yaml', textOf: (id) => texts[id] ?? null, aliases });

describe('applyCorrections', () => {
  it('changes nothing, not even the object, without entries', () => {
    const c = contract();
    const out = applyCorrections(c, [], { file: 'c.yaml', textOf: () => null });
    expect(out.contract).toBe(c);
    expect(out.column).toEqual([]);
  });

  it('sets fields and records each change with the note and the day', () => {
    const out = apply('- event: e-1\n  set: { title: "Nouveau titre", date: 2024-03, count: 3, place: null }\n  note: "Vérifié."\n  date: 2026-11-20');
    const e = out.contract.events.find((x) => x.id === 'e-1')!;
    expect(e).toMatchObject({ title: 'Nouveau titre', count: 3, place: null, origin: 'extracted' });
    expect(e.date).toEqual({ start: '2024-03-01', end: '2024-03-31', precision: 'month', derivation: 'stated' });
    expect(e.corrections).toEqual([
      { field: 'title', from: 'Titre e-1', to: 'Nouveau titre', note: 'Vérifié.', correctedOn: '2026-11-20' },
      { field: 'place', from: 'Conakry', to: null, note: 'Vérifié.', correctedOn: '2026-11-20' },
      { field: 'count', from: null, to: 3, note: 'Vérifié.', correctedOn: '2026-11-20' },
      { field: 'date', from: '2024-03-05', to: '2024-03', note: 'Vérifié.', correctedOn: '2026-11-20' },
    ]);
    expect(contractSchema.parse(out.contract)).toEqual(out.contract);
    expect(out.contract.events.find((x) => x.id === 'e-2')!.corrections).toBeUndefined();
  });

  it('fails on a field set to the value it already has, or a precision finer than the date', () => {
    expect(() => apply('- event: e-1\n  set: { place: Conakry }\n  note: n')).toThrow(/entry 1 \(event "e-1"\): set\.place is already "Conakry": nothing to correct/);
    expect(() => apply('- event: e-1\n  set: { date: 2024-03, precision: day }\n  note: n')).toThrow(/precision "day" needs a date written to the day/);
  });

  it('withdraws a rejected event and lists it apart', () => {
    const out = apply('- event: e-3\n  reject: true\n  note: "Démenti."');
    expect(out.contract.events.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    expect(out.withdrawn).toEqual([{ id: 'e-3', title: 'Titre e-3', note: 'Démenti.', correctedOn: null }]);
    expect(out.contract.withdrawn).toEqual(out.withdrawn);
  });

  it('merges: the first keeps its id and gains the others\' citations; the others become its aliases', () => {
    const out = apply('- merge: [e-1, e-3]\n  note: "Même arrestation."');
    expect(out.contract.events.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    const kept = out.contract.events[0]!;
    expect(kept.citations.map((c) => c.quote)).toEqual(['Citation e-1.', 'Citation e-3.']);
    expect(kept.corrections).toEqual([{ field: 'merged', from: 'e-3', to: 'e-1', note: 'Même arrestation.', correctedOn: null }]);
    expect(out.mergeAliases).toEqual({ 'e-3': 'e-1' });
    expect(out.column[0]).toMatchObject({ kind: 'merge', event: 'e-1', merged: [{ id: 'e-3', title: 'Titre e-3' }] });
  });

  it('adds an event whose quote is verbatim in its article, with the offsets of the quote', () => {
    const out = apply('- add: { type: arrest, title: "Arrestation à Conakry", date: 2024-03-04, country: GN, place: Conakry, citations: [{ source: a, quote: "Trois opposants ont été arrêtés à Conakry." }] }\n  note: "Oublié."');
    const added = out.contract.events.find((e) => e.origin === 'added')!;
    expect(added.id).toBe('2024-03-04-arrest-conakry');
    const c = added.citations[0]!;
    expect(TEXT.slice(c.start, c.end)).toBe(c.quote);
    expect(added.corrections).toEqual([{ field: 'added', from: null, to: added.id, note: 'Oublié.', correctedOn: null }]);
    expect(out.contract.events.map((e) => e.id)).toEqual(['2024-03-04-arrest-conakry', 'e-1', 'e-3', 'e-2']);
    expect(contractSchema.parse(out.contract)).toEqual(out.contract);
  });

  it('fails, naming the entry, on a quote that is not verbatim, an unknown article, or a quote from the front matter', () => {
    const add = (source: string, quote: string) => `- add: { type: arrest, title: T, date: 2024, citations: [{ source: ${source}, quote: "${quote}" }] }\n  note: n`;
    expect(() => apply(add('a', 'Trois opposants ont  été arrêtés à Conakry.'))).toThrow(/entry 1 \(add "T"\): citations\[0\]: the quote is not verbatim in the article "a" \(it is there with other spaces/);
    expect(() => apply(add('a', 'Cinq opposants ont été arrêtés.'))).toThrow(/the quote is not verbatim in the article "a"\.\n {4}Fix: copy the sentence/);
    expect(() => apply(add('zz', 'x'))).toThrow(/citations\[0\]: no article has the id "zz"/);
    expect(() => apply(add('a', 'Une dépêche'))).toThrow(/not verbatim/);
  });

  it('fails on a stale id with the entry, the reason and the fix, and names the id it became', () => {
    expect(() => apply('- event: e-9\n  reject: true\n  note: n')).toThrow(/entry 1 \(event "e-9"\): no event has the id "e-9" .*\n {4}Fix: use the event's current id/);
    expect(() => apply('- event: old\n  reject: true\n  note: n', contract(), { old: 'e-2' })).toThrow(/Fix: this id became "e-2" \(permalinks\/aliases\.json\)/);
    expect(() => apply('- merge: [e-1, e-2]\n  note: n\n- event: e-2\n  set: { title: X }\n  note: n')).toThrow(/entry 2 \(event "e-2"\): the event "e-2" was merged into "e-1" by entry 1/);
    expect(() => apply('- event: e-1\n  reject: true\n  note: n\n- event: e-1\n  reject: true\n  note: n')).toThrow(/entry 2 \(event "e-1"\): the event "e-1" was already withdrawn by entry 1/);
  });
});

describe('eventDateOf', () => {
  it('spans a month or a year, and refuses a precision the date is not written to', () => {
    expect(eventDateOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(eventDateOf('2024-02-10', 'year')).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'year' });
    expect(eventDateOf('2024', 'month')).toMatch(/needs a date written to the month/);
  });
});
