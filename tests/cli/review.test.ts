/** The `npm run review` command, run as an editor would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const review = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, ['src/cli/review.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const ARTICLES = 'tests/fixtures/newsroom:tests/fixtures/corrections/articles';
/** A corrections file with no entry yet. */
const empty = () => { const f = join(mkdtempSync(join(tmpdir(), 'review-')), 'c.yaml'); writeFileSync(f, '# rien encore\n'); return f; };

describe('review command', { timeout: 30_000 }, () => {
  it('prints the events worth checking first, each with a stub that is YAML, and the undated reports', () => {
    const r = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: empty() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# \d+ item\(s\) worth checking in tests\/fixtures\/newsroom/);
    expect(r.stdout).toContain('# 1. ');
    expect(r.stdout).toContain('senegal-sans-date): reports of an event not placed in time');
    const first = r.stdout.split('\n\n').find((block) => block.includes('- event: '))!.split('\n').slice(1).join('\n');
    expect(parseYaml(first)).toEqual([expect.objectContaining({ event: expect.any(String), set: expect.any(Object), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
  });

  it('leaves out what the corrections file already handles, and --limit cuts the list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-'));
    const file = join(dir, 'c.yaml');
    const all = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: empty() }).stdout;
    const id = all.match(/- event: (\S+)/)![1]!;
    writeFileSync(file, `- event: ${id}\n  reject: true\n  note: "Vérifié : n'a pas eu lieu."\n`);
    const after = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: file }).stdout;
    expect(after).not.toContain(`- event: ${id}\n`);
    const limited = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: file }, '--limit', '1');
    expect(limited.stdout.match(/^# \d+\. /gm)).toHaveLength(1);
    expect(limited.stdout).toMatch(/# … and \d+ more/);
  });

  it('fails, naming the path, when CORRECTIONS_FILE names a file that is not there', () => {
    const r = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: 'nulle-part/c.yaml' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nulle-part\/c\.yaml cannot be applied:\n {2}- the file: not found/);
  });

  it('fails with the corrections check\'s message when an entry is stale', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'review-')), 'c.yaml');
    writeFileSync(file, '- event: 1999-coup-nulle-part\n  reject: true\n  note: "n"\n');
    const r = review({ ARTICLES_DIR: ARTICLES, CORRECTIONS_FILE: file });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/entry 1 \(event "1999-coup-nulle-part"\): no event has the id/);
  });
});
