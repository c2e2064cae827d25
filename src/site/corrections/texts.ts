/** An article's text as the extraction read it, for checking an added citation's quote. */
import { readFileSync } from 'node:fs';
import { decode, readArticle } from '../../extract/read.ts';
import type { Contract } from '../../extract/schema.ts';
import type { ArticleText } from './apply.ts';

/** The text of a source of the contract (decoded as extraction decodes it), or null when it cannot be read. */
export function articleText(contract: Contract, sourceId: string): ArticleText | null {
  const source = contract.sources.find((s) => s.id === sourceId);
  if (!source) return null;
  try {
    const text = decode(readFileSync(source.file), []);
    return { text, bodyStart: readArticle(source.id, source.file, text).bodyStart };
  } catch {
    return null;
  }
}
