/**
 * `npm run extract -- <articles-dir> --out <file.json> [--strict]`
 * Writes the event contract for a folder of articles. Progress and warnings go to stderr;
 * `--strict` makes any warning a failing exit code (1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFolderFast, warningLines } from '../io/extract-folder.ts';
import { readPermalinkFiles } from '../site/permalinks.ts';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
      permalinks: { type: 'string' },
    },
  });
  if (values.help || positionals.length !== 1 || !values.out) {
    process.stderr.write('usage: npm run extract -- <articles-dir> --out <file.json> [--strict] [--permalinks <dir>]\n');
    return values.help ? 0 : 2;
  }
  const dir = positionals[0]!;
  let contract;
  try {
    // With --permalinks, ids already published keep their events, as in the site's build.
    contract = await extractFolderFast(dir, values.permalinks ? readPermalinkFiles(values.permalinks).identities : undefined);
  } catch (error) {
    process.stderr.write(`extract: cannot read folder ${dir}: ${(error as Error).message}\n`);
    return 2;
  }
  const warnings = warningLines(contract);
  for (const line of warnings) process.stderr.write(`warning: ${line}\n`);
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(contract, null, 2)}\n`);
  process.stderr.write(`extract: ${contract.sources.length} articles read, ${contract.events.length} events written to ${values.out}` +
    `${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}\n`);
  return values.strict && warnings.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
