/** The editors' corrections as the site's loader applies them: read the file, apply it to the extracted contract. */
import type { Contract } from '../../extract/schema.ts';
import { applyCorrections, type Corrected } from './apply.ts';
import { correctionsFile, readCorrections } from './file.ts';
import { articleText } from './texts.ts';

/** The extracted contract with the corrections of `file` applied; throws a CorrectionsError naming any entry that cannot be. */
export function correctContract(extracted: Contract, options: { file?: string; aliases?: Record<string, string> } = {}): Corrected {
  const file = options.file ?? correctionsFile;
  return applyCorrections(extracted, readCorrections(file), { file, textOf: (id) => articleText(extracted, id), aliases: options.aliases });
}

/**
 * What resolves once the corrections are applied: the events' ids and the withdrawn ids that
 * were published (their pages say so), with the merged ids added to the aliases.
 */
export function resolvable(corrected: Corrected, files: { published: string[]; aliases: Record<string, string> }) {
  const published = new Set(files.published);
  const tombstones = corrected.withdrawn.filter((w) => published.has(w.id));
  return {
    ids: [...corrected.contract.events.map((e) => e.id), ...tombstones.map((w) => w.id)],
    tombstones,
    aliases: { ...files.aliases, ...corrected.mergeAliases },
  };
}
