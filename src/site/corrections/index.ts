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
