import { describe, expect, it } from 'vitest';
import { defaultState, matches, parseState, serializeState } from '../../src/site/state.ts';
import { fold } from '../../src/extract/fold.ts';

describe('URL state', () => {
  it('round-trips filters, search and selection', () => {
    const state = { selected: '2025-08-arrest-mali-france', types: ['arrest' as const], country: 'ML', source: 'x', query: 'Bamako', from: '2025-01-01', to: null, rows: 'country' as const };
    const { search, hash } = serializeState(state);
    expect(search).toBe('?types=arrest&pays=ML&source=x&q=Bamako&from=2025-01-01&lignes=pays');
    expect(hash).toBe('#2025-08-arrest-mali-france');
    expect(parseState(search, hash)).toEqual(state);
  });

  it('leaves defaults out of the URL and ignores junk', () => {
    expect(serializeState(defaultState())).toEqual({ search: '', hash: '' });
    const s = parseState('?types=coup,bogus', '#<script>');
    expect(s.types).toEqual(['coup']);
    expect(s.selected).toBeNull();
    expect(parseState('?event=2020-coup-mali&from=yesterday', '').selected).toBe('2020-coup-mali');
    expect(parseState('?from=yesterday', '').from).toBeNull();
    expect(parseState('?pays=<b>x</b>', '').country).toBeNull();
    expect(parseState('?pays=ml', '').country).toBeNull();
    expect(parseState(`?q=${'a'.repeat(201)}`, '').query).toBe('');
    expect(parseState('?lignes=autre', '').rows).toBe('type');
  });
});

describe('matches', () => {
  const e = { id: 'a', type: 'arrest' as const, countries: ['ML', 'FR'], sources: ['s1'], text: fold('Arrestation à Bamako, au cœur de la Côte d’Ivoire à N’Djamena'), start: '2025-08-01', end: '2025-08-31' };
  it('filters by type, country, source, and by every word of the search, accents aside', () => {
    expect(matches(e, defaultState())).toBe(true);
    expect(matches(e, { ...defaultState(), types: ['coup'] })).toBe(false);
    expect(matches(e, { ...defaultState(), country: 'FR' })).toBe(true);
    expect(matches(e, { ...defaultState(), country: 'NE' })).toBe(false);
    expect(matches(e, { ...defaultState(), source: 's2' })).toBe(false);
    expect(matches(e, { ...defaultState(), query: 'a bamako' })).toBe(true);
    expect(matches(e, { ...defaultState(), query: 'bamako paris' })).toBe(false);
  });

  it('folds the query with the index’s own function: apostrophes, ligatures and accents either way', () => {
    for (const query of ['Côte d’Ivoire', "cote d'ivoire", 'N’Djamena', "n'djamena", 'cœur', 'CŒUR', 'BAMAKO']) {
      expect(matches(e, { ...defaultState(), query }), query).toBe(true);
    }
    expect(matches(e, { ...defaultState(), from: '2025-08-31' })).toBe(true);
    expect(matches(e, { ...defaultState(), from: '2025-09-01' })).toBe(false);
    expect(matches(e, { ...defaultState(), to: '2025-07-31' })).toBe(false);
  });
});
