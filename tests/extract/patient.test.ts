/**
 * Who a passive report is about: the phrase before it, else one after it in its own clause
 * ("Ont été arrêtés deux journalistes"), never one after a comma ("…, selon leur avocat").
 */
import { describe, expect, it } from 'vitest';
import { dated, extractTexts } from '../helpers.ts';

describe('the patient of a passive without a subject phrase', () => {
  it('is not the source named after a comma, so the report joins the arrest its article told', () => {
    const text = 'Le 31 décembre, la police a interpellé trois militants devant la mairie de Thiès.\n'
      + 'Ils ont été placés en garde à vue au commissariat central, selon leur avocat.';
    const { events } = extractTexts({ a: dated('2025-01-02', text) });
    expect(events.map((e) => [e.type, e.count, e.citations.length])).toEqual([['arrest', 3, 1]]);
  });

  it('is still the phrase after an inverted passive in its own clause', () => {
    const c = extractTexts({ a: dated('2025-01-02', 'Ont également été interpellés mardi deux journalistes de la radio locale.') });
    expect(c.events[0]!.count).toBe(2);
  });
});

describe('people named in two coordinated phrases', () => {
  it('add up even when the first one has a long complement ("le représentant de l\'Organisation mondiale de la santé et trois de ses experts")', () => {
    const text = "Les autorités ont déclaré mardi persona non grata le représentant de l'Organisation mondiale de la santé et trois de ses experts.\n"
      + 'Les quatre fonctionnaires sont sommés de quitter le territoire avant vendredi.';
    const { events } = extractTexts({ a: dated('2020-05-14', text) });
    expect(events.map((e) => [e.type, e.count, e.date.start])).toEqual([['expulsion', 4, '2020-05-12']]);
  });

  it('do not add up across a verb', () => {
    const { events } = extractTexts({ a: dated('2020-05-14', "Le nonce a été expulsé mardi et deux prêtres ont quitté le pays.") });
    expect(events.map((e) => e.count)).toEqual([1]);
  });
});
