/** The `npm run eval` command, run as a newsroom would on its own annotated sample. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/eval.ts', ...args], { encoding: 'utf8' });

describe('eval command', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '001.md'), '---\npublished: 2024-03-06\nlang: fr\n---\nLe 5 mars 2024, la police a arrêté trois opposants à Conakry.\n');
  writeFileSync(join(dir, 'articles', '002.md'), '---\npublished: 2024-05-02\nlang: fr\n---\nLe 1er mai 2024, le Niger a expulsé deux journalistes étrangers.\n');
  writeFileSync(join(dir, 'gold.yaml'), [
    'match: cite', 'events:',
    '  - { key: conakry, type: arrest, country: GN, best: 2024-03-05, date_ok: [2024-03-05, 2024-03-05], mentioned_in: ["001"] }',
    '  - { key: coup, type: coup, country: NE, best: 2024-05, date_ok: [2024-05-01, 2024-05-31], mentioned_in: ["002"] }',
  ].join('\n'));

  it('prints precision, recall, F1, dates, citations and quotes, and each hit, miss and false positive with --verbose', () => {
    const r = cli(join(dir, 'articles'), join(dir, 'gold.yaml'), '--verbose');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^HIT {2}conakry <- 2024-03-05-arrest-guinee/m);
    expect(r.stdout).toMatch(/^MISS coup/m);
    expect(r.stdout).toMatch(/^FP {3}2024-05-01-expulsion-niger/m);
    expect(r.stdout).toMatch(/events: gold=2 predicted=2 tp=1 fp=1 P=0\.500 R=0\.500 F1=0\.500/);
    expect(r.stdout).toMatch(/quotes verbatim=2\/2 offsets exact=2\/2/);
  });

  it('explains its usage and refuses a gold file it cannot read', () => {
    expect(cli().status).toBe(2);
    const r = cli(join(dir, 'articles'), join(dir, 'absent.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read gold/);
  });
});
