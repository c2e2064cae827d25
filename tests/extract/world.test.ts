/**
 * Articles written for these tests (tests/fixtures/world), about other countries and years:
 * failed coups, house arrests, several arrests in one story, expelled and summoned
 * ambassadors, dates written in many ways, an undated article.
 */
import { describe, expect, it } from 'vitest';
import { extractFolder } from '../helpers.ts';

const contract = extractFolder('tests/fixtures/world');
const summary = contract.events.map((e) => ({
  id: e.id, type: e.type, date: e.date.precision === 'day' ? e.date.start : e.date.start.slice(0, 7), country: e.country,
  count: e.count, sources: e.citations.map((c) => c.source).sort(),
}));

describe('extractCorpus on unseen stories', () => {
  it('finds every event and nothing else', () => {
    expect(summary.map((e) => [e.type, e.date, e.country])).toEqual([
      ['arrest', '2021-05-24', 'ML'],
      ['arrest', '2021-10-25', 'SD'],
      ['coup', '2021-10-25', 'SD'],
      ['arrest', '2023-07-26', 'NE'],
      ['coup', '2023-07-26', 'NE'],
      ['expulsion', '2023-08-25', 'NE'],
      ['arrest', '2023-08-30', 'GA'],
      ['coup', '2023-08-30', 'GA'],
      ['arrest', '2023-09-27', 'BF'],
      ['expulsion', '2024-02-09', 'RU'],
      ['arrest', '2024-03-05', 'GN'],
      ['arrest', '2024-03-07', 'GN'],
      ['expulsion', '2024-10-08', 'DZ'],
      ['expulsion', '2025-04-14', 'DZ'],
    ]);
  });

  it('reports no event for summons, recalls, denials, threats, demands and foiled coups', () => {
    expect(contract.events.flatMap((e) => e.citations).filter((c) => c.source === 'sans-evenement')).toEqual([]);
    expect(contract.sources.find((s) => s.id === 'sans-evenement')!.warnings).toContain('no event found in this article');
  });

  it('keeps a foiled coup out but the arrests that followed it in', () => {
    expect(summary.filter((e) => e.sources.includes('burkina')).map((e) => [e.type, e.count])).toEqual([['arrest', 4]]);
  });

  it('merges the same coup reported by two articles with different wording', () => {
    expect(summary.find((e) => e.type === 'coup' && e.country === 'NE')!.sources).toEqual(['niger-ambassadeur', 'niger-putsch']);
  });

  it('counts the people a coordinated phrase names, names included', () => {
    const mali = contract.events.find((e) => e.id === '2021-05-24-arrest-mali')!;
    expect([mali.count, mali.patient]).toEqual([2, "le président de transition Bah N'Daw et son Premier ministre Moctar Ouane"]);
  });

  it('separates several arrests in one story by date, place and count', () => {
    const guinea = contract.events.filter((e) => e.country === 'GN');
    expect(guinea.map((e) => [e.date.start, e.place, e.count])).toEqual([['2024-03-05', 'Conakry', 3], ['2024-03-07', 'Kankan', 5]]);
  });

  it('dates an undated article from the event it shares with a dated one', () => {
    const g2 = contract.sources.find((s) => s.id === 'guinee-2')!;
    expect([g2.published, g2.publishedDerivation]).toEqual(['2024-03-05', 'inferred']);
    expect(summary.find((e) => e.date === '2024-03-05')!.sources).toEqual(['guinee-1', 'guinee-2']);
  });

  it('reads house arrests, "le même jour", "hier", weekdays and "deux jours plus tard"', () => {
    const texts = contract.events.flatMap((e) => e.citations.map((c) => c.dateText));
    expect(texts).toEqual(expect.arrayContaining(['mercredi', 'le même jour', 'hier', 'Deux jours plus tard', 'lundi 25 octobre 2021']));
  });

  it('names expelled ambassadors and the expelling state', () => {
    const niger = contract.events.find((e) => e.type === 'expulsion' && e.country === 'NE')!;
    expect([niger.title, niger.count]).toEqual(['Le Niger expulse l’ambassadeur de France', 1]);
    const algeria = contract.events.find((e) => e.id === '2025-04-14-expulsion-algerie-france')!;
    expect([algeria.agent, algeria.count]).toEqual(['Algérie', 12]);
    // "l'ambassadeur du Maroc" says whose ambassador, not where: Algiers ordered the expulsion.
    const morocco = contract.events.find((e) => e.id === '2024-10-08-expulsion-algerie-maroc')!;
    expect([morocco.title, morocco.country, morocco.count]).toEqual(['L’Algérie expulse l’ambassadeur du Maroc', 'DZ', 1]);
  });

  it('does not read a photo caption as evidence', () => {
    expect(contract.events.filter((e) => e.date.start.startsWith('2019'))).toEqual([]);
  });

  it('takes url, outlet and title from front matter and invents none', () => {
    const g1 = contract.sources.find((s) => s.id === 'guinee-1')!;
    expect([g1.url, g1.outlet, g1.title]).toEqual(['https://example.org/guinee-opposants', 'Rédaction de test', null]);
  });
});
