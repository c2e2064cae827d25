/**
 * `npm run permalinks`: checks that every published id still resolves.
 * `npm run permalinks -- --publish`: also records the current ids as published, each with
 * the identity of its event and the day it was first published (run it when deploying, and
 * commit permalinks/published.json).
 */
import { writeFileSync } from 'node:fs';
import { extractFolder } from '../io/extract-folder.ts';
import { correctContract, resolvable } from '../site/corrections/index.ts';
import { brokenMessage, brokenPermalinks, problemLine, publishedFile, readPermalinkFiles } from '../site/permalinks.ts';

const dir = process.env.PERMALINKS_DIR ?? 'permalinks';
const articles = process.env.ARTICLES_DIR ?? 'seeds';
const files = readPermalinkFiles(dir);
for (const line of files.problems) process.stderr.write(`warning: ${problemLine(line)}\n`);
// The site's events are the extracted ones as the editors corrected them (corrections.yaml).
const corrected = correctContract(extractFolder(articles, files.identities), { aliases: files.aliases });
const events = corrected.contract.events;
const resolved = resolvable(corrected, files);
const broken = brokenPermalinks(resolved.ids, { published: files.published, aliases: resolved.aliases });
if (broken.length > 0) {
  process.stderr.write(`${brokenMessage(broken, dir)}\n`);
  process.exitCode = 1;
} else if (process.argv.includes('--publish')) {
  // The day of publishing is the one thing here that comes from the clock: it is what it records.
  const today = new Date().toISOString().slice(0, 10);
  const published = publishedFile(events, files, today);
  writeFileSync(`${dir}/published.json`, `${JSON.stringify(published, null, 2)}\n`);
  const count = Object.keys(published).length;
  process.stderr.write(`permalinks: ${count} ids published (${count - files.published.length} new)\n`);
} else {
  process.stderr.write(`permalinks: all ${files.published.length} published ids resolve\n`);
}
