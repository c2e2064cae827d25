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
