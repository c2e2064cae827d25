/**
 * How English newsrooms write coups, arrests and expulsions, read as whole articles: each
 * construction gives its event on the right day; denials and threats give none. Every text
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../helpers.ts';

const en = (published: string, body: string) => `---\npublished: ${published}\nlang: en\n---\n${body}\n`;
const read = (published: string, body: string) => extractTexts({ a: en(published, body) }).events.map((e) => [e.type, e.date.start]);

describe('English constructions', () => {
  it('a takeover told with "took over" or "seized full control"', () => {
    expect(read('2021-02-01', "Ruritania's military took over the country early on Monday.")).toEqual([['coup', '2021-02-01']]);
    expect(read('2025-11-27', 'Officers said on Wednesday that they had seized full control of the country.'))
      .toEqual([['coup', '2025-11-26']]);
    expect(read('2024-03-08', 'Mutinous soldiers removed President Obi Kamara from power on Tuesday.')).toEqual([['coup', '2024-03-05']]);
    expect(read('1996-01-29', "The army toppled the country's first democratically elected president on Saturday.")).toEqual([['coup', '1996-01-27']]);
  });

  it('an order to go with its deadline', () => {
    expect(read('2024-07-30', 'On Monday the government ordered diplomats from seven countries, among them Chile, Peru and Panama, to leave within 72 hours.'))
      .toEqual([['expulsion', '2024-07-29']]);
    expect(read('2020-05-15', 'Four envoys were given until Friday to leave, according to a letter dated May 12.')).toEqual([['expulsion', '2020-05-12']]);
  });

  it('a detention told by where or by whom people are held', () => {
    expect(read('2019-04-12', 'The ousted leader was being held at a secure location on Thursday, the army said.')).toEqual([['arrest', '2019-04-11']]);
    expect(read('2024-03-08', 'The activist was picked up by security agents on Tuesday.')).toEqual([['arrest', '2024-03-05']]);
  });

  it('a weekend is dated by its Saturday', () => {
    expect(read('2024-03-11', 'Police arrested three students over the weekend in the capital.')).toEqual([['arrest', '2024-03-09']]);
  });

  it('denials, threats and warrants report nothing', () => {
    expect(read('2024-04-20', [
      'No diplomats have been expelled, a spokesman said on Friday.',
      'Ministers threatened to kick out envoys who comment on the case.',
      'The exiled leader faces arrest if he returns, after a court issued a warrant for his arrest.',
      'The army denied any coup attempt.',
    ].join('\n'))).toEqual([]);
  });
});

describe('English words that name, not report', () => {
  it('a ruler named by a past coup ("the ousted president remains in detention") is no new coup', () => {
    expect(read('2024-03-08', 'The ousted president remains in detention at a military camp, his lawyers said on Tuesday.')
      .filter(([type]) => type === 'coup')).toEqual([]);
    expect(read('2024-03-08', 'The editor was remanded in custody on Tuesday.')).toEqual([['arrest', '2024-03-05']]);
    expect(read('2024-03-08', 'The journalist was kicked out of the country on Tuesday.')).toEqual([['expulsion', '2024-03-05']]);
  });
});
