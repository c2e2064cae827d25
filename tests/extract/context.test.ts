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

  it('the lede\'s date reaches only its own section: a date under a heading is not the lede\'s', () => {
    const c = extractTexts({ a: dated('2024-03-09', [
      'Voici la chronologie de la crise au Togo, où des soldats ont arrêté le président Faure Agbéyomé.',
      '',
      '- Manifestations dans la capitale',
      '',
      'Jeudi 7 mars 2024, des heurts opposent la police et des manifestants à Lomé.',
    ].join('\n')) });
    // Not the 7th (a later section's day): the day the article was published.
    expect(ofType(c, 'arrest')[0]!.date).toMatchObject({ start: '2024-03-09', derivation: 'from-context' });
  });

  it('a date its own sentence gives to another clause ("…, qui avaient rencontré lundi …") is not its context', () => {
    const c = extractTexts({ a: [
      'Le Niger a déclaré persona non grata trois diplomates béninois, qui avaient rencontré lundi des opposants.',
      "Cette décision fait suite à l'arrestation de deux douaniers nigériens à Cotonou, en date du 2 mai 2024.",
    ].join('\n') });
    const expulsion = ofType(c, 'expulsion')[0]!;
    // No publication date: the article was published on or after 2 May, so the day is not known, only the month.
    expect(expulsion.date).toMatchObject({ start: '2024-05-01', precision: 'month', derivation: 'from-context' });
  });

  it('an event named by the time since it is dated by counting back ("huit mois après le putsch, … le 12 octobre")', () => {
    const c = extractTexts({ a: dated('2019-10-14', [
      "L'armée a pris le pouvoir le samedi 12 octobre 2019 à Bissau.",
      "Huit mois seulement après le putsch du colonel Mendes, les militaires ont de nouveau renversé le gouvernement, samedi 12 octobre 2019.",
    ].join('\n')) });
    expect(ofType(c, 'coup').map((e) => [e.date.start, e.date.precision])).toEqual([['2019-02-01', 'month'], ['2019-10-12', 'day']]);
    expect(ofType(c, 'coup')[0]!.citations[0]!.dateText).toBe('Huit mois seulement après');
  });

  it('counts back in English too ("ten days after the arrest of X, … on May 9")', () => {
    const c = extractTexts({ a: `---\npublished: 2024-05-10\nlang: en\n---\nTen days after the arrest of Amadou Sow, police arrested three of his aides in Dakar on May 9.\n` });
    expect(ofType(c, 'arrest').map((e) => e.date.start)).toEqual(['2024-04-29', '2024-05-09']);
  });

  it('a date in a relative clause belongs to that clause ("qui avait été élu en mai")', () => {
    const c = extractTexts({ a: dated('2024-06-12', "Le 11 juin 2024, le Premier ministre, qui avait été élu en mai, a été assigné à résidence par l'armée.") });
    expect(ofType(c, 'arrest')[0]!.date.start).toBe('2024-06-11');
  });

  it('so does a date in a restrictive relative clause, without a comma ("a crackdown that began in February")', () => {
    const c = extractTexts({ a: `---\npublished: 2023-04-18\nlang: en\n---\nPolice detained the opposition leader Amadou Kone at his home late on Monday.\n\nIt was the most prominent arrest in a crackdown on critics that began in February.\n` });
    expect(ofType(c, 'arrest').map((e) => e.date.start)).toEqual(['2023-04-17']);
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

  it('a correspondent, a spokesman, an envoy are people ("décidé d\'expulser le correspondant de la radio")', () => {
    const c = extractTexts({ a: dated('2024-03-06', "Le gouvernement a décidé mardi d'expulser le correspondant de la radio publique.") });
    expect(c.events[0]!.title).toBe('Expulsion du correspondant de la radio');
  });

  it('before a passive, people in an aside are not its subject ("X, spécialisé dans les droits de l\'homme, a été arrêté")', () => {
    const c = extractTexts({ a: dated('2024-03-06', "L'avocat Paul Tremblay, spécialisé dans les droits de l'homme, a été interpellé mardi à Lomé.") });
    expect(c.events[0]!.title).toBe('Arrestation de l’avocat Paul Tremblay à Lomé');
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

  it('one more of its kind is another event ("son fils a par ailleurs été arrêté"), in French and English', () => {
    const fr = extractTexts({ a: dated('2024-03-06', [
      'Le président Faure Agbéyomé a été placé en résidence surveillée mardi 5 mars 2024, ont annoncé les militaires.',
      "L'un de ses fils, Kodjo Agbéyomé, a par ailleurs été arrêté, ont-ils ajouté.",
    ].join('\n')) });
    expect(ofType(fr, 'arrest')).toHaveLength(2);
    const en = extractTexts({ a: `---\npublished: 2024-03-06\nlang: en\n---\nThe president was placed under house arrest on Tuesday, the soldiers said.\nHis brother Kossi Agbeyome was also arrested, they added.\n` });
    expect(ofType(en, 'arrest')).toHaveLength(2);
  });

  it('but one more person taken in a sweep is the sweep ("plusieurs militants…; un avocat a également été interpellé")', () => {
    const c = extractTexts({ a: dated('2024-03-06', [
      'Mardi 5 mars 2024, plusieurs militants ont été interpellés à Lomé.',
      "Un avocat canadien, Paul Tremblay, a également été interpellé.",
    ].join('\n')) });
    expect(ofType(c, 'arrest')).toHaveLength(1);
    const counted = extractTexts({ a: dated('2024-03-06', [
      'Mardi 5 mars 2024, cinquante-trois militants ont été interpellés à Lomé.',
      "L'avocat canadien Paul Tremblay, spécialisé dans les droits civiques, a également été interpellé.",
    ].join('\n')) });
    expect(ofType(counted, 'arrest').map((e) => e.count)).toEqual([53]);
  });

  it('a number written in words counts its people ("cinquante-trois militants", "fifty-three activists")', () => {
    const c = extractTexts({ a: dated('2024-03-06', 'Mardi 5 mars 2024, cinquante-trois militants ont été interpellés à Lomé.') });
    expect(ofType(c, 'arrest')[0]!.count).toBe(53);
    const en = extractTexts({ a: `---\npublished: 2024-03-06\nlang: en\n---\nPolice arrested seventy-one activists in Lome on Tuesday.\n` });
    expect(ofType(en, 'arrest')[0]!.count).toBe(71);
  });

  it('a coup told as one more ("parvenu lui aussi au pouvoir par un coup d\'État") is another coup', () => {
    const c = extractTexts({ a: dated('2022-10-01', [
      "Le capitaine Sidibé a pris le pouvoir le vendredi 30 septembre 2022 par un coup d'État.",
      "Il a renversé le colonel Keïta, parvenu également au pouvoir par un coup d'État en janvier 2022.",
    ].join('\n')) });
    expect(ofType(c, 'coup').map((e) => e.date.start).sort()).toEqual(['2022-01-01', '2022-09-30']);
  });

  it('a full name in two outlets ties one person\'s arrest to the group another outlet counts', () => {
    const c = extractTexts({
      a: dated('2024-03-06', 'Le ministre Kodjo Mensah Akakpo a été arrêté à Lomé, mardi 5 mars 2024.'),
      b: `---\npublished: 2024-03-06\nlang: en\n---\nMinister Kodjo Mensah Akakpo and his two deputies were arrested in Lome on Tuesday, the army said.\n`,
    });
    expect(ofType(c, 'arrest')).toHaveLength(1);
    expect(ofType(c, 'arrest')[0]!.citations.map((q) => q.source).sort()).toEqual(['a', 'b']);
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

describe('a date before its noun', () => {
  it('dates the noun, even after "since" ("since Monday\'s coup", "last week\'s arrest")', () => {
    const c = extractTexts({ a: `---\npublished: 2022-01-27\nlang: en\n---\nThe new military leader spoke on television on Thursday for the first time since Monday's coup.\n` });
    expect(ofType(c, 'coup').map((e) => e.date.start)).toEqual(['2022-01-24']);
    const d = extractTexts({ a: `---\npublished: 2023-08-02\nlang: en\n---\nProtests have grown in the capital since last week's arrest of the mayor, his party said on Tuesday.\n` });
    // The week around 26 July is at the month's precision (see week.test.ts), not the day of the report.
    expect(ofType(d, 'arrest').map((e) => [e.date.start, e.date.precision])).toEqual([['2023-07-01', 'month']]);
  });
});

describe('a date after an event named again', () => {
  it('is not its date past a starting point ("ce putsch, le douzième depuis … en 1932")', () => {
    const c = extractTexts({ a: dated('2014-05-22', "L'armée a pris le pouvoir jeudi.\nCe putsch, le douzième depuis la fin de la monarchie absolue en 1932, surprend peu.") });
    expect(ofType(c, 'coup').map((e) => e.date.start)).toEqual(['2014-05-22']);
  });
});

describe('a report in a relative clause about an event', () => {
  it('happened when that event did ("Monday\'s coup, in which the president was detained")', () => {
    const c = extractTexts({ a: `---\npublished: 2022-01-27\nlang: en\n---\nThe new leader spoke on Thursday for the first time since Monday's coup, in which President Obi Kamara was detained.\n` });
    expect(c.events.map((e) => [e.type, e.date.start])).toEqual([['arrest', '2022-01-24'], ['coup', '2022-01-24']]);
  });

  it('keeps the date its own clause gives ("le putsch du 26 juillet, au cours duquel … arrêté le 27")', () => {
    const c = extractTexts({ a: dated('2023-08-10', 'Le putsch du 26 juillet, au cours duquel le ministre a été arrêté le 27 juillet, a été condamné.') });
    expect(ofType(c, 'arrest').map((e) => e.date.start)).toEqual(['2023-07-27']);
    const d = extractTexts({ a: dated('2023-08-10', 'Le putsch du 26 juillet, au cours duquel le ministre a été arrêté, a été condamné jeudi.') });
    expect(ofType(d, 'arrest').map((e) => e.date.start)).toEqual(['2023-07-26']);
  });
});
