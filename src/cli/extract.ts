/**
 * `npm run extract -- <articles-dir> --out <file.json> [--strict]`
 * Writes the event contract for a folder of articles. Progress and warnings go to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../io/corpus.ts';
import { contractSchema, extractCorpus } from '../extract/index.ts';
import { defaultLang, locales } from '../locales/index.ts';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1 || !values.out) {
    process.stderr.write('usage: npm run extract -- <articles-dir> --out <file.json> [--strict]\n');
    return values.help ? 0 : 2;
  }
  const dir = positionals[0]!;
  let corpus;
  try {
    corpus = readCorpus(dir);
  } catch (error) {
    process.stderr.write(`extract: cannot read folder ${dir}: ${(error as Error).message}\n`);
    return 2;
  }
  for (const p of corpus.problems) process.stderr.write(`warning: ${p.file}: ${p.reason}\n`);
  const contract = contractSchema.parse(extractCorpus(corpus.articles, { locales, fallback: defaultLang }));
  let warnings = corpus.problems.length;
  for (const s of contract.sources) {
    for (const w of s.warnings) { process.stderr.write(`warning: ${s.file}: ${w}\n`); warnings++; }
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(contract, null, 2)}\n`);
  process.stderr.write(`extract: ${corpus.articles.length} articles read, ${contract.events.length} events written to ${values.out}\n`);
  return values.strict && warnings > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
