/** The `npm run extract` command, run as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSchema } from '../../src/extract/schema.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/extract.ts', ...args], { encoding: 'utf8' });

describe('extract command', { timeout: 30_000 }, () => {
  it('writes the contract for a folder, JSON only in the file, progress on stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'sub', 'events.json');
    const r = cli('seeds', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/5 articles read, 5 events written/);
    const contract = contractSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(contract.events).toHaveLength(5);
  });

  it('names a bad file and its reason, keeps the rest, and fails only with --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'vide.txt'), '');
    writeFileSync(join(dir, 'bon.md'), '---\npublished: 2024-03-06\n---\nLe 5 mars 2024, la police a arrêté trois opposants à Conakry.\n');
    const out = join(dir, 'x', 'events.json');
    const r = cli(dir, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/vide\.txt: empty file/);
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(1);
    expect(cli(dir, '--out', out, '--strict').status).toBe(1);
  });

  it('explains its usage when arguments are missing', () => {
    const r = cli('seeds');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run extract -- <articles-dir> --out <file.json>/);
  });
});
