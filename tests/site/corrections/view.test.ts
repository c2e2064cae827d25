import { describe, expect, it } from 'vitest';
import { changeLines, editorsDate, newestFirst, notesOf } from '../../../src/site/corrections/view.ts';
import type { ColumnEntry } from '../../../src/site/corrections/apply.ts';
import type { EventRecord } from '../../../src/extract/schema.ts';

describe('changeLines', () => {
  it('says each change in French words, the new value first', () => {
    expect(changeLines([
      { field: 'date', from: '2024-05-02', to: '2024-05', note: 'n', correctedOn: null },
      { field: 'type', from: 'coup', to: 'arrest', note: 'n', correctedOn: null },
      { field: 'country', from: null, to: 'SN', note: 'n', correctedOn: null },
      { field: 'count', from: 2, to: 3, note: 'n', correctedOn: null },
      { field: 'merged', from: 'a', to: 'b', note: 'n', correctedOn: null },
    ])).toEqual([
      'Date : mai 2024 (au lieu de 2 mai 2024)',
      'Type : Arrestation (au lieu de Coup d’État)',
      'Pays : Sénégal (au lieu de non précisé)',
      'Nombre de personnes : 3 (au lieu de 2)',
    ]);
    expect(notesOf([{ field: 'title', from: 'a', to: 'b', note: 'x', correctedOn: null }, { field: 'date', from: 'a', to: 'b', note: 'x', correctedOn: null }])).toEqual(['x']);
  });
});

describe('newestFirst', () => {
  const entry = (index: number, correctedOn: string | null): ColumnEntry => ({ index, kind: 'set', event: `e${index}`, title: '', changes: [], note: '', correctedOn });
  it('orders by the day given, newest first, the later in the file first on a tie, the undated last in reverse file order', () => {
    expect(newestFirst([entry(0, '2026-11-20'), entry(1, null), entry(2, '2026-11-22'), entry(3, '2026-11-20'), entry(4, null)]).map((e) => e.index)).toEqual([2, 3, 0, 4, 1]);
  });
});

describe('editorsDate', () => {
  const e = { origin: undefined, corrections: undefined } as unknown as EventRecord;
  it('says the editors gave or corrected the date, and nothing when they did not', () => {
    expect(editorsDate(e)).toBeNull();
    expect(editorsDate({ ...e, origin: 'added' })).toBe('date donnée par la rédaction');
    expect(editorsDate({ ...e, origin: 'extracted', corrections: [{ field: 'date', from: '2024', to: '2023', note: 'n', correctedOn: null }] })).toBe('date corrigée par la rédaction');
    expect(editorsDate({ ...e, origin: 'extracted', corrections: [{ field: 'title', from: 'a', to: 'b', note: 'n', correctedOn: null }] })).toBeNull();
  });
});
