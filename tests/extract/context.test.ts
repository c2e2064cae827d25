/**
 * Real articles state a date once and report in later sentences without one; they refer
 * back to events told before; several outlets tell one event. Every text here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { dated, extractTexts } from '../helpers.ts';

const ofType = (c: ReturnType<typeof extractTexts>, type: string) => c.events.filter((e) => e.type === type);

describe('dates from the context', () => {
  it('a report without a date takes the lede\'s, and says so', () => {
    const c = extractTexts({ a: dated('2024-03-06', [
      'Des militaires ont pris le pouvoir le mardi 5 mars 2024 à Lomé.',
      'Les soldats ont bouclé les abords du palais.',
      'Le président a été placé en résidence surveillée, ont-ils ajouté.',
    ].join('\n')) });
    const arrest = ofType(c, 'arrest');
    expect(arrest).toHaveLength(1);
    expect(arrest[0]!.date).toMatchObject({ start: '2024-03-05', precision: 'day', derivation: 'from-context' });
    expect(arrest[0]!.citations[0]!.dateText).toBe('mardi 5 mars 2024');
  });

  it('news told in the passé composé without any date happened by the publication date', () => {
    const c = extractTexts({ a: dated('2024-03-06', 'La police a interpellé trois syndicalistes à Dakar.') });
    expect(c.events[0]!.date).toMatchObject({ start: '2024-03-06', derivation: 'from-context' });
  });

  it('background in the pluperfect, with no date of its own, gets none from the context', () => {
    const c = extractTexts({ a: dated('2024-03-06', 'Le pays avait arrêté un banquier étranger à la demande de Washington.') });
    expect(c.events).toEqual([]);
    expect(c.sources[0]!.warnings).toContainEqual(expect.stringMatching(/1 report of an event found but not placed in time/));
  });

  it('an event named again ("après le coup d\'État", "cette expulsion") is not a new event at the context date', () => {
    const c = extractTexts({ a: dated('2024-03-06', [
      "Le 2 mars 2024, l'armée a pris le pouvoir à Niamey.",
      "Après le coup d'État, la junte a suspendu la Constitution lundi.",
      "Deux ministres ont été arrêtés dès les premières heures du coup d'État.",
      "Cette expulsion ne devrait pas arranger les relations, dégradées depuis l'arrivée des militaires au pouvoir en septembre 2022.",
    ].join('\n')) });
    expect(c.events.filter((e) => e.type === 'coup').map((e) => e.date.start)).toEqual(['2024-03-02']);
  });

  it('an event named again keeps a date inside its own phrase ("après l\'arrestation de X, à l\'aéroport de Y, le 3 mai")', () => {
    const c = extractTexts({ a: dated('2024-05-10', "La tension monte après l'arrestation du banquier Ismaël Toundé, à l'aéroport de Cotonou, le 3 mai.") });
    expect(c.events.map((e) => [e.type, e.date.start])).toEqual([['arrest', '2024-05-03']]);
  });

  it('a present state is dated by when it began ("détenus depuis le 3 mars")', () => {
    const c = extractTexts({ a: dated('2024-03-20', 'Trois militants sont détenus depuis le 3 mars à Conakry.') });
    expect(ofType(c, 'arrest')[0]!.date).toMatchObject({ start: '2024-03-03', precision: 'day' });
  });

  it('a date in a relative clause belongs to that clause ("qui avait été élu en mai")', () => {
    const c = extractTexts({ a: dated('2024-06-12', "Le 11 juin 2024, le Premier ministre, qui avait été élu en mai, a été assigné à résidence par l'armée.") });
    expect(ofType(c, 'arrest')[0]!.date.start).toBe('2024-06-11');
  });
});

describe('where', () => {
  it('a report that places nothing happened in the country the article names most', () => {
    const c = extractTexts({ a: dated('2021-09-06', [
      'Des tirs ont été entendus dimanche à Conakry, près du palais.',
      "Un coup d'État est en cours, selon plusieurs sources guinéennes.",
    ].join('\n')) });
    expect(c.events[0]).toMatchObject({ type: 'coup', country: 'GN' });
  });
});

describe('who', () => {
  it('the patient of an active verb follows it; its subject is the agent', () => {
    const c = extractTexts({ a: dated('2024-03-06', 'Le 5 mars 2024, les militaires ont arrêté le président à Lomé.') });
    expect(c.events[0]!.patient).toBe('le président');
  });

  it('a part of a group is not another group ("trois diplomates, dont deux conseillers")', () => {
    const c = extractTexts({ a: dated('2024-04-18', "Trois diplomates, dont deux conseillers, ont été déclarés persona non grata le 16 avril 2024 par le Burkina Faso.") });
    expect(c.events[0]).toMatchObject({ count: 3, patient: 'trois diplomates' });
  });

  it('a noun that is not about people gives no patient ("l\'arrivée des militaires")', () => {
    const c = extractTexts({ a: dated('2024-04-18', "L'expulsion, le 16 avril 2024, a suivi l'arrivée des militaires au pouvoir au Burkina Faso.") });
    expect(c.events[0]!.patient).toBeNull();
  });
});

describe('one event across outlets', () => {
  it('a weekday in one outlet and a full date in another, naming the same person, are one event', () => {
    const c = extractTexts({
      a: dated('2024-10-09', "L'opposant Idrissa Kombaré a été arrêté lundi soir à Ouagadougou, selon ses proches."),
      b: dated('2024-10-12', "Arrêté le 7 octobre 2024, Idrissa Kombaré a été présenté à un juge vendredi, a indiqué son avocat."),
    });
    const arrests = ofType(c, 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.date.start).toBe('2024-10-07');
    expect(arrests[0]!.citations.map((x) => x.source).sort()).toEqual(['a', 'b']);
  });

  it('a part of a month joins the days it covers ("début mars" joins the 7, not the 27)', () => {
    const c = extractTexts({
      a: dated('2024-03-30', "Le journaliste Malick Sawadogo a été arrêté le 7 mars 2024 à Dakar. Il a de nouveau été arrêté le 27 mars 2024 à Dakar."),
      b: dated('2024-04-02', 'Malick Sawadogo avait déjà été arrêté début mars 2024 à Dakar.'),
    });
    const early = ofType(c, 'arrest').find((e) => e.date.start === '2024-03-07')!;
    expect(early.citations.map((x) => x.source).sort()).toEqual(['a', 'b']);
  });
});
