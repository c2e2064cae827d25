import { describe, expect, it } from 'vitest';
import { CorrectionsError, parseCorrections } from '../../../src/site/corrections/file.ts';

const one = (yaml: string) => () => parseCorrections(yaml, 'corrections.yaml');

describe('parseCorrections', () => {
  it('reads an empty file, or one holding only comments, as no correction', () => {
    expect(parseCorrections('', 'c.yaml')).toEqual([]);
    expect(parseCorrections('# nothing yet\n', 'c.yaml')).toEqual([]);
  });

  it('reads each kind of entry, dates as text', () => {
    const entries = parseCorrections([
      '- event: 2021-coup-mali',
      '  set: { title: "Coup d’État au Mali", date: 2021-05-24, precision: day, type: coup, place: Bamako, country: ML, count: 2 }',
      '  note: "Date confirmée."',
      '  date: 2026-11-20',
      '- event: 2020-coup-mali',
      '  reject: true',
      '  note: "Doublon."',
      '- merge: [a-1, b-2]',
      '  note: "Même événement."',
      '- add: { type: arrest, title: "Arrestation", date: 2024-03, citations: [{ source: s, quote: "Une phrase." }] }',
      '  note: "Oublié."',
    ].join('\n'));
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({ event: '2021-coup-mali', set: { title: 'Coup d’État au Mali', date: '2021-05-24', precision: 'day', type: 'coup', place: 'Bamako', country: 'ML', count: 2 }, note: 'Date confirmée.', date: '2026-11-20' });
    expect(entries[1]).toMatchObject({ reject: true });
    expect(entries[2]).toMatchObject({ merge: ['a-1', 'b-2'] });
    expect(entries[3]).toMatchObject({ add: { date: '2024-03', citations: [{ source: 's', quote: 'Une phrase.' }] } });
  });

  it('refuses an unknown key, naming the entry by its number and event', () => {
    expect(one('- event: x\n  set: { title: "A" }\n  note: "n"\n- event: 2021-coup-mali\n  sett: { title: "B" }\n  note: "n"'))
      .toThrow(/entry 2 \(event "2021-coup-mali"\): unknown key "sett"/);
    expect(one('- event: x\n  set: { titre: "A" }\n  note: "n"')).toThrow(/entry 1 \(event "x"\): set: unknown key "titre"/);
    expect(one('- merge: [a, b]\n  note: n\n  why: x')).toThrow(/entry 1 \(merge "a"\): unknown key "why"/);
    expect(one('- add: { type: coup, title: T, date: 2020, citations: [{ source: s, quote: q, page: 2 }] }\n  note: n')).toThrow(/add\.citations\.0: unknown key "page"/);
  });

  it('requires a note, and names every bad entry at once', () => {
    let message = '';
    try {
      parseCorrections('- event: a\n  reject: true\n- event: b\n  set: { count: 0 }\n  note: "n"\n- event: c\n  set: {}\n  note: "n"\n- event: d\n  set: { date: 2025-02-30 }\n  note: n', 'x.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(CorrectionsError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Corrections check failed: 4 entries of x\.yaml cannot be applied:/);
    expect(message).toMatch(/entry 1 \(event "a"\): note: /);
    expect(message).toMatch(/entry 2 \(event "b"\): set\.count: /);
    expect(message).toMatch(/entry 3 \(event "c"\): set: set changes nothing/);
    expect(message).toMatch(/entry 4 \(event "d"\): set\.date: /);
    expect(message).toMatch(/Fix: /);
  });

  it('refuses an entry of no known kind, a merge of one event, a reject that is not true, and a file that is not a list', () => {
    expect(one('- note: "rien"')).toThrow(/entry 1: says neither which event/);
    expect(one('- merge: [a]\n  note: n')).toThrow(/merge needs the event to keep and at least one other/);
    expect(one('- merge: [a, a]\n  note: n')).toThrow(/an id appears twice/);
    expect(one('- event: a\n  reject: false\n  note: n')).toThrow(/entry 1 \(event "a"\): reject: /);
    expect(one('event: a')).toThrow(/the file: not a list of entries/);
    expect(one('- [a\n')).toThrow(/the file: not valid YAML/);
    expect(one('- event: "../x"\n  reject: true\n  note: n')).toThrow(/entry 1 \(event "..\/x"\): event: /);
  });
});
