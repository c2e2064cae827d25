import { describe, expect, it } from 'vitest';
import { conflictSentences, countryName, fileName, languageName, quoteLang, registerSources, scriptJson, sourceFacts, sourceFileName, sourceName, withoutFolders, yearDetails } from '../../src/site/view.ts';
import type { EventRecord, SourceRecord } from '../../src/extract/schema.ts';
import { extractFolder } from '../helpers.ts';

describe('scriptJson', () => {
  it('cannot close the script element it sits in', () => {
    const out = scriptJson({ quote: '</script><script>alert(1)</script><!--' });
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out).quote).toBe('</script><script>alert(1)</script><!--');
  });
});

describe('countryName', () => {
  it('names countries in French', () => {
    expect(countryName('ML')).toBe('Mali');
    expect(countryName(null)).toBeNull();
  });
});

describe('the language of a source', () => {
  const source = (lang: string) => ({ id: 's', lang }) as SourceRecord;

  it('is named in French, and an unknown or hostile tag is shown as written', () => {
    expect(languageName('en')).toBe('anglais');
    expect(languageName('fr')).toBe('français');
    expect(languageName('"><b>')).toBe('"><b>');
  });

  it('marks the quotes of a source in another language than the page\'s, and only a valid tag', () => {
    expect(quoteLang(source('en'))).toBe('en');
    expect(quoteLang(source('fr'))).toBeUndefined();
    expect(quoteLang(source('fr-CA'))).toBeUndefined();
    expect(quoteLang(source('en" onclick="x'))).toBeUndefined();
    expect(quoteLang(undefined)).toBeUndefined();
    // Recognised as Spanish, read with the French rules: its quotes are Spanish.
    expect(quoteLang({ id: 's', lang: 'fr', langDetected: { lang: 'es', confidence: 0.5 } } as SourceRecord)).toBe('es');
  });

  it('travels with a year\'s details, for the quotes the chart\'s card shows', () => {
    const event = { id: 'e', agent: null, patient: null, citations: [{ source: 'a', quote: 'q' }, { source: 'b', quote: 'r' }] } as unknown as EventRecord;
    const sources = new Map([['a', source('en')], ['b', source('fr')]].map(([id, s]) => [id as string, { ...(s as SourceRecord), id: id as string }]));
    expect(yearDetails([event], sources).langs).toEqual({ a: 'en' });
  });
});

describe('conflictSentences', () => {
  it('says in plain French which sources give which date', () => {
    const c = extractFolder('seeds');
    const sources = new Map(c.sources.map((s) => [s.id, s]));
    registerSources(c.sources);
    // Named by title where the first line is a headline, else by date; never by file id.
    expect(c.sources.map((s) => sourceName(s, s.id))).toEqual(['Article du 23 septembre 2025', 'Article du 19 septembre 2025 (1)',
      'France-Mali : suspension de la coopération antiterroriste et expulsion croisée de diplomates', 'Article du 19 septembre 2025 (2)', 'Article du 19 septembre 2025 (3)']);
    const [sentence] = conflictSentences(c.events.find((e) => e.id === '2025-09-17-expulsion-mali-france')!, sources);
    expect(sentence).toBe('Les sources ne donnent pas la même date : mercredi 17 septembre 2025 (France-Mali : suspension de la coopération antiterroriste et expulsion croisée de diplomates, Article du 19 septembre 2025 (3)) ; jeudi 18 septembre 2025 (France-Mali : suspension de la coopération antiterroriste et expulsion croisée de diplomates). La date retenue, mercredi 17 septembre 2025, est celle que donnent le plus de sources.');
  });
});

describe('sourceFacts', () => {
  it('states a derived title and outlet as derived, and unknown ones as unknown', () => {
    const c = extractFolder('seeds');
    const headline = c.sources.find((s) => s.id === '002_9898b08f002cbda8')!;
    expect(sourceFacts(headline).title).toBe('France-Mali : suspension de la coopération antiterroriste et expulsion croisée de diplomates (première ligne de l’article)');
    expect(sourceFacts(headline).outlet).toBe('inconnu');
    const plain = c.sources.find((s) => s.id === '000_bea7bc0deba77407')!;
    expect(sourceFacts(plain).title).toBe('Titre inconnu');
    expect(sourceFacts({ ...plain, url: 'https://www.example.org/x' }).outlet).toBe('example.org (d’après l’adresse de l’article)');
  });
});

describe('file names shown to readers', () => {
  it('are the name only, never the folders the site was built from', () => {
    expect(fileName('../x/y.md')).toBe('y.md');
    expect(fileName('/home/builder/articles/sous-dossier')).toBe('sous-dossier');
    expect(sourceFileName({ id: 'a\\b', file: '../x/a/b.md' })).toBe('a\\b.md');
    expect(sourceFileName({ id: 'retour\nligne', file: '../x/retour\nligne.txt' })).toBe('retour\uFFFDligne.txt');
    expect(withoutFolders('same text as ../x/y.md: counted once', ['../x/y.md', '../x/z.md'])).toBe('same text as y.md: counted once');
  });
});
