/**
 * `npm run permalinks`: checks that every published id still resolves.
 * `npm run permalinks -- --publish`: also records the current ids as published (run it
 * when deploying, and commit permalinks/published.json).
 */
import { writeFileSync } from 'node:fs';
import { extractFolder } from '../io/extract-folder.ts';
import { brokenMessage, brokenPermalinks, readPermalinkFiles } from '../site/permalinks.ts';

const dir = process.env.PERMALINKS_DIR ?? 'permalinks';
const articles = process.env.ARTICLES_DIR ?? 'seeds';
const ids = extractFolder(articles).events.map((e) => e.id);
const files = readPermalinkFiles(dir);
const broken = brokenPermalinks(ids, files);
if (broken.length > 0) {
  process.stderr.write(`${brokenMessage(broken, dir)}\n`);
  process.exitCode = 1;
} else if (process.argv.includes('--publish')) {
  const published = [...new Set([...files.published, ...ids])].sort();
  writeFileSync(`${dir}/published.json`, `${JSON.stringify(published, null, 2)}\n`);
  process.stderr.write(`permalinks: ${published.length} ids published (${published.length - files.published.length} new)\n`);
} else {
  process.stderr.write(`permalinks: all ${files.published.length} published ids resolve\n`);
}
