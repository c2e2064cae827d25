/**
 * `npm run add -- <url|file.html> [more…] [--to <dir>] [--from links.txt] [--pause <ms>]`
 * Fetches each page (or reads each saved page), keeps the article's text and metadata, and
 * writes `<dir>/<slug>.txt` (default `seeds/`). One line per input, then what was found and
 * what was not; exit 1 if any input failed, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addArticles, type AddReport } from '../io/web/add-articles.ts';

const USAGE = 'usage: npm run add -- <url|file.html> [more…] [--to <dir>] [--from links.txt] [--pause <ms>]\n';

/** The addresses of a list file: one a line; blank lines and lines starting with # are skipped. */
export function listFile(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const MARK: Record<AddReport['status'], string> = { added: 'added', unchanged: 'unchanged', failed: 'FAILED' };

function print(r: AddReport): void {
  const head = r.status === 'added' ? `→ ${r.file}` : `${r.reason}`;
  const lines = [`  ${MARK[r.status]}: ${head}`];
  if (r.status !== 'unchanged') {
    lines.push(...r.found.map((f) => `    found ${f}`), ...r.missing.map((m) => `    missing: ${m}`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: { to: { type: 'string', default: 'seeds' }, from: { type: 'string', multiple: true }, pause: { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`add: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const pauseMs = Number(values.pause);
  if (values.help || !Number.isFinite(pauseMs) || pauseMs < 0) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const inputs = [...positionals];
  for (const list of values.from ?? []) {
    try {
      inputs.push(...listFile(readFileSync(list, 'utf8')));
    } catch (error) {
      process.stderr.write(`add: cannot read the list ${list}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  if (inputs.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const reports = await addArticles(inputs, {
    dir: values.to, pauseMs,
    onStart: (input, i, n) => process.stdout.write(`[${i + 1}/${n}] ${input}\n`),
  }, print);
  const count = (s: AddReport['status']) => reports.filter((r) => r.status === s).length;
  process.stdout.write(`add: ${count('added')} added, ${count('unchanged')} already there, ${count('failed')} failed, in ${values.to}/\n`);
  return count('failed') > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
