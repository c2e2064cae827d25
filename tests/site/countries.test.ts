import { describe, expect, it } from 'vitest';
import { concernedCountries } from '../../src/site/countries.ts';

describe('concernedCountries', () => {
  it('adds the acting country and the targets’ nationality to where it happened', () => {
    expect(concernedCountries({ country: 'NE', agent: 'Niger', patient: "l'ambassadeur de France" })).toEqual(['NE', 'FR']);
    expect(concernedCountries({ country: 'FR', agent: 'France', patient: 'deux diplomates maliens' })).toEqual(['FR', 'ML']);
  });

  it('does not read a country into a longer word', () => {
    expect(concernedCountries({ country: 'NG', agent: null, patient: 'des opposants nigérians' })).toEqual(['NG']);
    expect(concernedCountries({ country: null, agent: null, patient: null })).toEqual([]);
  });
});
