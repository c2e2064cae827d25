/**
 * `npm run eval -- <articles-dir> <gold.yaml> [--lang fr] [--verbose] [--json]`
 * Extracts a folder of annotated articles and scores the events against its gold
 * (format: README, "Measuring extraction"). `--lang` scores only the articles of one language.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { extractFolder } from '../io/extract-folder.ts';
import { goldSchema, restrictGold } from '../eval/gold.ts';
import { articleKey, score } from '../eval/score.ts';
import { restrictContract } from '../eval/restrict.ts';
import { report } from '../eval/report.ts';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      lang: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 2) {
    process.stderr.write('usage: npm run eval -- <articles-dir> <gold.yaml> [--lang <code>] [--verbose] [--json]\n');
    return values.help ? 0 : 2;
  }
  const [dir, goldPath] = positionals as [string, string];
  let gold;
  try {
    gold = goldSchema.parse(parse(readFileSync(goldPath, 'utf8')));
  } catch (error) {
    process.stderr.write(`eval: cannot read gold ${goldPath}: ${(error as Error).message}\n`);
    return 2;
  }
  let contract;
  try {
    contract = extractFolder(dir);
  } catch (error) {
    process.stderr.write(`eval: cannot read folder ${dir}: ${(error as Error).message}\n`);
    return 2;
  }
  const texts = new Map(contract.sources.map((s) => [articleKey(s.file), readFileSync(s.file, 'utf8')]));
  if (values.lang) {
    const keep = new Set(contract.sources.filter((s) => s.lang === values.lang).map((s) => articleKey(s.file)));
    gold = restrictGold(gold, (a) => keep.has(a));
    contract = restrictContract(contract, values.lang);
  }
  const result = score(contract, gold, texts);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : report(result, values.verbose));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
