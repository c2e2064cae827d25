/** The loader's step, as the build calls it: a real extraction of the fixtures, then the corrections file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFolder } from '../../../src/io/extract-folder.ts';
import { correctContract, resolvable } from '../../../src/site/corrections/index.ts';
import { aliasPages, brokenPermalinks } from '../../../src/site/permalinks.ts';

const extracted = extractFolder('tests/fixtures/newsroom:tests/fixtures/corrections/articles');
const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
const file = (name: string, text: string) => { const path = join(dir, name); writeFileSync(path, text); return path; };

describe('correctContract', () => {
  it('changes nothing with an absent or empty file', () => {
    expect(correctContract(extracted, { file: join(dir, 'absent.yaml') }).contract).toBe(extracted);
    expect(correctContract(extracted, { file: file('empty.yaml', '') }).contract).toBe(extracted);
  });

  it('adds an event from an undated article with its quote\'s offsets in the file as read', () => {
    const quote = 'Deux militants d\'un collectif citoyen ont été interpellés à Dakar par la gendarmerie, selon leurs proches.';
    const out = correctContract(extracted, { file: file('add.yaml', `- add: { type: arrest, title: "Arrestation à Dakar", date: 2025-06, country: SN, place: Dakar, citations: [{ source: senegal-sans-date, quote: "${quote}" }] }\n  note: "Oublié."\n`) });
    const added = out.contract.events.find((e) => e.origin === 'added')!;
    expect(added.id).toBe('2025-06-arrest-dakar');
    expect(added.citations[0]).toMatchObject({ source: 'senegal-sans-date', quote });
    expect(added.citations[0]!.start).toBeGreaterThan(0);
  });

  it('throws on a stale id with the file, the entry, the reason and the fix', () => {
    const path = file('stale.yaml', '- event: 2024-05-02-arrest-gabon\n  set: { count: 2 }\n  note: "Deux ministres."\n- event: 2019-01-01-coup-nulle-part\n  reject: true\n  note: "Doublon."\n');
    expect(() => correctContract(extracted, { file: path })).toThrow(new RegExp(
      `Corrections check failed: 1 entry of ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} cannot be applied:\\n {2}- entry 2 \\(event "2019-01-01-coup-nulle-part"\\): no event has the id "2019-01-01-coup-nulle-part".*\\n {4}Fix: use the event's current id`));
  });

  it('throws on a malformed entry, naming it, before anything is applied', () => {
    const path = file('bad.yaml', '- event: 2024-05-02-arrest-gabon\n  set: { title: "T" }\n  note: "n"\n  auteur: "moi"\n');
    expect(() => correctContract(extracted, { file: path })).toThrow(/entry 1 \(event "2024-05-02-arrest-gabon"\): unknown key "auteur"/);
  });

  it('throws on an added quote that is not in its article, naming the entry', () => {
    const path = file('quote.yaml', '- add: { type: coup, title: "Coup", date: 2025, citations: [{ source: senegal-sans-date, quote: "Une phrase que l\'article ne contient pas." }] }\n  note: "n"\n');
    expect(() => correctContract(extracted, { file: path })).toThrow(/entry 1 \(add "Coup"\): citations\[0\]: the quote is not verbatim in the article "senegal-sans-date"/);
  });

  it('keeps published ids resolving: a withdrawn one by its page, a merged one as an alias; an unpublished withdrawn id has no page', () => {
    const path = file('ids.yaml', '- event: 2024-05-02-arrest-gabon\n  reject: true\n  note: "Démenti."\n- event: 2024-06-20-arrest-mali\n  reject: true\n  note: "Doublon."\n- merge: [2022-01-24-coup-burkina-faso, 2022-01-24-arrest-burkina-faso]\n  note: "Un seul événement."\n');
    const corrected = correctContract(extracted, { file: path });
    const files = { published: ['2024-05-02-arrest-gabon', '2022-01-24-arrest-burkina-faso'], aliases: {} };
    const resolved = resolvable(corrected, files);
    expect(resolved.tombstones.map((w) => w.id)).toEqual(['2024-05-02-arrest-gabon']);
    expect(brokenPermalinks(resolved.ids, { published: files.published, aliases: resolved.aliases })).toEqual([]);
    expect(aliasPages(corrected.contract.events.map((e) => e.id), resolved)).toEqual([['2022-01-24-arrest-burkina-faso', '2022-01-24-coup-burkina-faso']]);
    // Without the corrections' view, the withdrawn published id would be lost.
    expect(brokenPermalinks(corrected.contract.events.map((e) => e.id), { published: files.published, aliases: resolved.aliases })).toEqual(['2024-05-02-arrest-gabon']);
  });
});
