/**
 * Comment la presse française écrit coups d'État, arrestations et expulsions, lu en articles
 * entiers: each construction gives its event on the right day; denials and threats give
 * none. Every text is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { dated, extractTexts } from '../../helpers.ts';

const read = (published: string, body: string) => extractTexts({ a: dated(published, body) }).events.map((e) => [e.type, e.date.start]);

describe('French constructions', () => {
  it('a ruler removed by soldiers, in the passive', () => {
    expect(read('2013-07-05', "Le président élu a été déposé par l'armée mercredi 3 juillet.")).toEqual([['coup', '2013-07-03']]);
    expect(read('2019-04-11', "Le chef de l'État a été destitué jeudi 11 avril par l'armée.")).toEqual([['coup', '2019-04-11']]);
    expect(read('2024-03-08', "Le président a été destitué mardi par le Parlement.")).toEqual([]);
    expect(read('2024-03-08', 'Les militaires ont chassé du pouvoir le président mardi.')).toEqual([['coup', '2024-03-05']]);
  });

  it('a takeover announced, quoted, of a country named', () => {
    expect(read('2025-11-26', "Un groupe d'officiers a annoncé ce mercredi avoir pris « le contrôle total » de la Guinée-Bissau."))
      .toEqual([['coup', '2025-11-26']]);
    expect(read('2024-03-08', "L'armée a annoncé avoir pris le contrôle total de la ville de Kidal mardi.")).toEqual([]);
  });

  it('an envoy told to go', () => {
    expect(read('2022-03-12', 'Le gouvernement a retiré jeudi son agrément au nonce apostolique.')).toEqual([['expulsion', '2022-03-10']]);
    expect(read('2024-03-08', "L'ambassadeur a reçu mardi l'ordre de quitter le pays.")).toEqual([['expulsion', '2024-03-05']]);
  });

  it('a day of the current month ("le 3 courant")', () => {
    expect(read('2025-06-10', 'Le directeur du journal, interpellé le 3 courant dans ses bureaux, a été écroué lundi.').slice(0, 1))
      .toEqual([['arrest', '2025-06-03']]);
  });

  it('held by soldiers, or where soldiers keep people', () => {
    expect(read('2024-03-08', 'Le président déchu est retenu depuis mardi dans une caserne.')).toEqual([['arrest', '2024-03-05']]);
    expect(read('2024-03-08', 'La solution retenue par les militaires a surpris mardi.')).toEqual([]);
  });
});
