import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goldSchema, restrictGold } from '../../src/eval/gold.ts';
import { score } from '../../src/eval/score.ts';
import { restrictContract } from '../../src/eval/restrict.ts';
import { extractFolder } from '../../src/io/extract-folder.ts';
import type { Contract, EventRecord } from '../../src/extract/schema.ts';

const event = (id: string, type: EventRecord['type'], start: string, precision: EventRecord['date']['precision'], sources: string[]): EventRecord => ({
  id, type, title: id, date: { start, end: start, precision, derivation: 'stated' }, country: 'ML', place: null, agent: null, patient: null, count: null,
  citations: sources.map((s) => ({ source: s, quote: 'Le 5 mars, la police a arrêté deux hommes.', start: 0, end: 42, dateText: null })), conflicts: [],
});
const source = (id: string, lang = 'fr') => ({ id, file: `x/${id}.txt`, title: null, outlet: null, url: null, published: null, publishedDerivation: null, publishedEvidence: [], lang, warnings: [] });

describe('score', () => {
  const gold = goldSchema.parse({
    match: 'cite',
    events: [
      { key: 'a', type: 'arrest', country: 'ML', best: '2024-03-05', date_ok: ['2024-03-04', '2024-03-06'], mentioned_in: ['001', '002'] },
      { key: 'b', type: 'coup', country: 'ML', best: '2024-03', date_ok: ['2024-03-01', '2024-03-31'], mentioned_in: ['003'] },
    ],
    optional: [{ type: 'expulsion', date_ok: ['2024-01-01', '2024-12-31'], mentioned_in: ['001'] }],
  });
  const texts = new Map([['001', 'Le 5 mars, la police a arrêté deux hommes.'], ['002', ''], ['003', '']]);
  const contract: Contract = {
    generatedFrom: 3, problems: [], sources: [source('001'), source('002'), source('003', 'en')],
    events: [event('e1', 'arrest', '2024-03-05', 'day', ['001']), event('e2', 'expulsion', '2024-05-01', 'day', ['001']), event('e3', 'arrest', '2024-07-01', 'day', ['002'])],
  };

  it('matches by type, accepted dates and a cited article; optional events count neither way', () => {
    const s = score(contract, gold, texts);
    expect([s.truePositives, s.falsePositives.map((e) => e.id), s.precision, s.recall]).toEqual([1, ['e3'], 0.5, 0.5]);
    expect([s.exactDates, s.citationsFound, s.citationsWanted]).toEqual([1, 1, 3]);
    expect([s.verbatim, s.exactOffsets, s.quotes]).toEqual([2, 2, 3]); // 002 holds no such sentence
  });

  it('restricts the gold and the contract to one language', () => {
    const keep = new Set(['001', '002']);
    const s = score(restrictContract(contract, 'fr'), restrictGold(gold, (a) => keep.has(a)), texts);
    expect(s.gold).toBe(1);
    expect(s.recall).toBe(1);
  });
});

// The project's scorer must agree with the one shipped beside the real articles.
const corpus = join('..', 'shared', 'corpus');
describe.runIf(existsSync(join(corpus, 'score.mjs')))('agreement with ../shared/corpus/score.mjs', () => {
  for (const set of ['dev1', 'dev2']) {
    it(`gives the same figures on ${set}`, { timeout: 60_000 }, () => {
      const dir = join(corpus, set, 'articles');
      const goldPath = join(corpus, set, 'gold.yaml');
      const contract = extractFolder(dir);
      const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'events.json');
      writeFileSync(out, JSON.stringify(contract));
      const theirs = spawnSync(process.execPath, [join(corpus, 'score.mjs'), goldPath, out, dir], { encoding: 'utf8' }).stdout;
      const texts = new Map(contract.sources.map((s) => [s.id, readFileSync(s.file, 'utf8')]));
      const s = score(contract, goldSchema.parse(parse(readFileSync(goldPath, 'utf8'))), texts);
      expect(theirs).toContain(`tp=${s.truePositives} fp=${s.falsePositives.length} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}`);
      expect(theirs).toContain(`dates exact=${s.exactDates}/${s.truePositives} country=${s.countries}/${s.truePositives} citations recall=${s.citationsFound}/${s.citationsWanted} extra=${s.citationsExtra} conflicts flagged=${s.conflictsFlagged}/${s.conflictsWanted}`);
      expect(theirs).toContain(`quotes verbatim=${s.verbatim}/${s.quotes} offsets exact=${s.exactOffsets}/${s.quotes}`);
    });
  }
});
