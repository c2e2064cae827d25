import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/pipeline.ts';
import { readArticle } from '../../src/extract/read.ts';
import { defaultLang, locales } from '../../src/locales/index.ts';
import { dated, extractTexts } from '../helpers.ts';

const seedArticles = () => readdirSync('seeds').sort().map((f) => readArticle(f.replace('.txt', ''), `seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8')));
const run = (articles: ReturnType<typeof seedArticles>) => JSON.stringify(extractCorpus(articles, { locales, fallback: defaultLang }));

describe('extractCorpus', () => {
  it('is deterministic: the same input gives byte-identical output', () => {
    expect(run(seedArticles())).toBe(run(seedArticles()));
  });

  it('does not depend on the order of the files', () => {
    expect(run(seedArticles().reverse())).toBe(run(seedArticles()));
  });

  it('keeps existing ids when an article about something else is added', () => {
    const before = JSON.parse(run(seedArticles())).events.map((e: { id: string }) => e.id);
    const other = readArticle('zz', 'zz.md', dated('2024-03-06', 'Le 5 mars 2024, la police a arrêté trois opposants à Conakry.'));
    const after = JSON.parse(run([...seedArticles(), other])).events.map((e: { id: string }) => e.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 1);
  });

  it('counts the same article twice as one source', () => {
    const text = dated('2024-03-06', 'Le 5 mars 2024, la police a arrêté trois opposants à Conakry.');
    const c = extractTexts({ a: text, b: text });
    expect(c.sources.map((s) => s.id)).toEqual(['a']);
    expect(c.events[0]!.citations).toHaveLength(1);
  });

  it('splits "les coups d\'État de 2020 et 2021" into two events', () => {
    const c = extractTexts({ a: dated('2024-01-10', "Depuis les coups d'État de 2020 et 2021 au Mali, la junte gouverne.") });
    expect(c.events.map((e) => [e.id, e.date.precision])).toEqual([['2020-coup-mali', 'year'], ['2021-coup-mali', 'year']]);
  });

  it('does not date anything from the clock: an undatable article gives no event', () => {
    const c = extractTexts({ a: 'La police a arrêté mardi trois opposants à Conakry.' });
    expect(c.events).toEqual([]);
    expect(c.sources[0]!.published).toBeNull();
  });
});
