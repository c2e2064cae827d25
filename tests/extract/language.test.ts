/** An article without `lang:` is read in the language its text is in, told by franc-min. */
import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_LETTERS, readWindows } from '../../src/extract/language.ts';
import { extractTexts } from '../helpers.ts';
import { warningLines } from '../../src/io/extract-folder.ts';
import { sourceSchema } from '../../src/extract/schema.ts';

const dated = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;

const FRENCH = 'Les autorités de transition ont annoncé lundi la fermeture de plusieurs radios locales, '
  + 'accusées de relayer des informations fausses sur la situation dans le nord du pays. Les syndicats '
  + 'de journalistes dénoncent une décision prise sans débat et demandent que les stations puissent '
  + 'reprendre leurs émissions dans les plus brefs délais, faute de quoi ils appelleront à la grève.';
const ENGLISH = 'Police in the capital detained four opposition activists on Tuesday, March 5, 2024, '
  + 'after a rally that the government had banned, a rights group said. Their lawyers said they had not '
  + 'been told why their clients were being held, and called for their release before the end of the week.';
const GERMAN = 'Die Regierung hat am Montag angekündigt, dass die Grenzen des Landes bis auf Weiteres '
  + 'geschlossen bleiben. Reisende müssen mit langen Wartezeiten rechnen, und viele Händler fürchten um '
  + 'ihre Einnahmen, weil die Waren nicht mehr rechtzeitig über die Grenze gebracht werden können.';

describe('detectLanguage', () => {
  it('tells French and English apart and writes them as the locales do', () => {
    expect(detectLanguage(FRENCH)).toEqual({ guess: { lang: 'fr', confidence: 1 } });
    const english = detectLanguage(ENGLISH);
    expect(english).toMatchObject({ guess: { lang: 'en' } });
    expect('guess' in english && english.guess.confidence).toBeGreaterThan(0.9);
    expect(detectLanguage(GERMAN)).toMatchObject({ guess: { lang: 'de' } });
  });

  it('is less sure of a short text, and does not guess below the threshold', () => {
    const short = 'Le Niger a expulsé vendredi soir trois diplomates français, accusés par la junte de '
      + 'soutenir des opposants réfugiés dans le pays voisin.';
    const guess = detectLanguage(short);
    expect(guess).toMatchObject({ guess: { lang: 'fr' } });
    expect('guess' in guess && guess.guess.confidence).toBeLessThan(0.5);
    // Too short to trust: this one reads as Portuguese to trigram statistics.
    expect(detectLanguage('Le Niger a expulsé trois diplomates français vendredi soir à Niamey.')).toEqual({ tooShort: 57 });
    expect(detectLanguage('12 000 — 2024-03-05 … 17:30')).toEqual({ tooShort: 0 });
    expect(MIN_LETTERS).toBe(100);
  });

  it('goes by most of the text: a quotation in another language does not outvote it', () => {
    const quoted = `${ENGLISH} « Nous ne reculerons pas », a dit un porte-parole. ${ENGLISH}`;
    expect(detectLanguage(quoted)).toMatchObject({ guess: { lang: 'en' } });
    // Read window by window (as when the opening is not clear at a glance), the share of each language shows.
    const mixed = readWindows(`${ENGLISH} ${ENGLISH} ${FRENCH}`);
    expect(mixed).toMatchObject({ guess: { lang: 'en' } });
    expect('guess' in mixed && mixed.guess.confidence).toBeLessThan(0.8);
  });

  it('says when no language is recognised at all', () => {
    expect(detectLanguage('ᚠᚢᚦᚨᚱᚲ '.repeat(20))).toEqual({ undetermined: true });
  });
});

describe('an article without lang:', () => {
  it('is read with the rules of the language detected, and the detection is on its source', () => {
    const c = extractTexts({ sans_langue: dated('2024-03-06', ENGLISH) });
    expect(c.events.map((e) => [e.type, e.date.start, e.title])).toEqual([['arrest', '2024-03-05', 'Arrestation de quatre personnes']]);
    const source = c.sources[0]!;
    expect(source).toMatchObject({ lang: 'en', langDetected: { lang: 'en' }, warnings: [] });
    expect(() => sourceSchema.parse(source)).not.toThrow();
  });

  it('in a language without rules is read with the default ones, with a warning naming the file', () => {
    const c = extractTexts({ allemand: dated('2024-03-06', GERMAN) });
    const source = c.sources[0]!;
    expect(source.lang).toBe('fr');
    expect(source.langDetected).toMatchObject({ lang: 'de' });
    expect(warningLines(c)).toContainEqual(expect.stringMatching(/^allemand\.txt: language detected as "de" \(confidence [\d.]+\), which has no rules: read with "fr" rules/));
  });

  it('too short to tell is read with the default rules, with a warning naming the file', () => {
    const c = extractTexts({ bref: dated('2024-03-06', 'Le 5 mars 2024, le Tchad a expulsé un diplomate.') });
    expect(c.sources[0]).toMatchObject({ lang: 'fr', warnings: ['language not told: too short to tell (32 letters): read with "fr" rules'] });
    expect(c.sources[0]!.langDetected).toBeUndefined();
    expect(warningLines(c)[0]).toMatch(/^bref\.txt: language not told/);
    expect(c.events).toHaveLength(1);
  });

  it('with lang: is not detected: the front matter is the author\'s word', () => {
    const c = extractTexts({ declared: `---\npublished: 2024-03-06\nlang: fr\n---\n${ENGLISH}\n` });
    expect(c.sources[0]!.lang).toBe('fr');
    expect(c.sources[0]!.langDetected).toBeUndefined();
  });
});
