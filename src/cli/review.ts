/**
 * `npm run review [-- --limit <n>]`
 * Prints the events most worth an editor's check first (one source only, a date the sources
 * disagree on, an inferred date, reports not placed in time), each with a correction to paste
 * into corrections.yaml. Reads the articles and corrections the site is built from
 * (`ARTICLES_DIR`, `PERMALINKS_DIR`, `CORRECTIONS_FILE`), so what was corrected is left out.
 */
import { parseArgs } from 'node:util';
import { articlesDir, loadCorpus } from '../site/corpus.ts';
import { correctionsFile } from '../site/corrections/file.ts';
import { reviewList, type ReviewReason } from '../site/corrections/review.ts';

const REASONS: Record<ReviewReason, string> = {
  'one-source': 'one source only',
  'date-conflict': 'the sources disagree on the date',
  'inferred-date': 'date inferred, not written in its sentence',
  'undated-mention': 'reports of an event not placed in time: add them by hand',
};

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (values.help || !(limit > 0)) {
    process.stderr.write('usage: npm run review [-- --limit <n>]\n');
    return values.help ? 0 : 2;
  }
  let contract;
  try {
    contract = loadCorpus().contract;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  // The day the stubs are printed is the day the editor corrects: the one use of the clock here.
  const today = new Date().toISOString().slice(0, 10);
  const items = reviewList(contract, today);
  const shown = items.slice(0, limit);
  process.stdout.write(`# ${items.length} item(s) worth checking in ${articlesDir}/ (corrections: ${correctionsFile}), most worth it first.\n`);
  process.stdout.write('# Paste a stub into the corrections file, edit its values and write its note (in French).\n\n');
  shown.forEach((item, i) => {
    process.stdout.write(`# ${i + 1}. ${item.title} (${item.event ?? item.source}): ${item.reasons.map((r) => REASONS[r]).join('; ')}\n${item.stub}\n\n`);
  });
  if (shown.length < items.length) process.stdout.write(`# … and ${items.length - shown.length} more (--limit ${values.limit}).\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
