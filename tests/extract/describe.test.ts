/** Titles a newsroom can publish: built from an event's data with the locale's templates. */
import { describe, expect, it } from 'vitest';
import { eventTitle, type Naming } from '../../src/extract/describe.ts';
import { gazetteer } from '../../src/extract/gazetteer.ts';
import { fr } from '../../src/locales/fr/index.ts';

const g = gazetteer(fr);
const country = (code: string) => g.byCode.get(code)!;
const naming = (n: Partial<Naming>): Naming => ({
  type: 'arrest', date: { start: '2024-03-05', end: '2024-03-05', precision: 'day', derivation: 'stated' } as Naming['date'],
  country: null, agent: null, patientCountry: null, patient: null, place: null, ...n,
});

describe('eventTitle (French)', () => {
  it('does not shout a patient an outlet wrote in capitals', () => {
    expect(eventTitle(naming({ patient: 'LE PREMIER MINISTRE', country: country('TG') }), fr)).toBe('Arrestation du premier ministre au Togo');
  });

  it('does not say the country twice when the patient names it', () => {
    expect(eventTitle(naming({ patient: 'le président du Togo', country: country('TG') }), fr)).toBe('Arrestation du président du Togo');
    // A nationality adjective is not the country's name: the place is still said.
    expect(eventTitle(naming({ patient: 'le président togolais', country: country('TG') }), fr)).toBe('Arrestation du président togolais au Togo');
  });

  it('turns a noun\'s complement into a verb\'s object ("l\'expulsion du consul" -> "expulse le consul")', () => {
    const expel = (patient: string) => eventTitle(naming({ type: 'expulsion', agent: country('TG'), country: country('TG'), patient }), fr);
    expect(expel('du consul ghanéen')).toBe('Le Togo expulse le consul ghanéen');
    expect(expel('au diplomate ghanéen')).toBe('Le Togo expulse le diplomate ghanéen');
    expect(expel("de l'attaché militaire")).toBe('Le Togo expulse l’attaché militaire');
    expect(expel("d'un diplomate")).toBe('Le Togo expulse un diplomate');
    // "des" after a verb is the indefinite article: it stays.
    expect(expel('des diplomates ghanéens')).toBe('Le Togo expulse des diplomates ghanéens');
  });

  it('sets a title in French type: the typographic apostrophe, counts from two to nine in words', () => {
    expect(eventTitle(naming({ type: 'coup', country: country('TG') }), fr)).toBe('Coup d’État au Togo');
    expect(eventTitle(naming({ patient: '3 journalistes', place: 'Lomé' }), fr)).toBe('Arrestation de trois journalistes à Lomé');
    expect(eventTitle(naming({ type: 'expulsion', agent: country('TG'), country: country('TG'), patient: '12 diplomates' }), fr)).toBe('Le Togo expulse 12 diplomates');
    // A figure that belongs to a name or a larger number stays as written.
    expect(eventTitle(naming({ patient: 'des membres du M23', country: country('CD') }), fr)).toBe('Arrestation de membres du M23 en RDC');
    expect(eventTitle(naming({ patient: '2 000 manifestants', place: 'Lomé' }), fr)).toBe('Arrestation de 2 000 manifestants à Lomé');
    // A day before its month is a date: it stays in figures.
    expect(eventTitle(naming({ patient: 'des militants du Mouvement du 5 juin', place: 'Bamako' }), fr)).toBe('Arrestation de militants du Mouvement du 5 juin à Bamako');
  });

  it('makes the verb agree with a plural country ("Les États-Unis expulsent")', () => {
    expect(eventTitle(naming({ type: 'expulsion', agent: country('US'), country: country('US'), patient: '35 diplomates russes' }), fr))
      .toBe('Les États-Unis expulsent 35 diplomates russes');
    expect(eventTitle(naming({ type: 'expulsion', agent: country('FR'), country: country('FR'), patient: 'deux diplomates' }), fr))
      .toBe('La France expulse deux diplomates');
  });

  it('says at least what happened, in French, when nothing else is known', () => {
    expect(eventTitle(naming({ type: 'expulsion' }), fr)).toBe('Expulsion');
    expect(eventTitle(naming({ type: 'arrest' }), fr)).toBe('Arrestation');
  });
});
